package org.vfmigrate.common.businessentities;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * What every named aggregate of the engine has: a UUID id, a name, and a row version for optimistic locking
 * (a stale update fails instead of silently overwriting someone else's change).
 */
@MappedSuperclass
public abstract class NamedEntity implements Identifiable {

    @Id
    private UUID id;

    @Column(name = "name", nullable = false)
    private String name;

    @jakarta.persistence.Version
    @Column(name = "version", nullable = false)
    private long rowVersion;

    protected NamedEntity() {
    }

    protected NamedEntity(UUID id, String name) {
        this.id = id;
        this.name = name;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    @Override
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public long getRowVersion() {
        return rowVersion;
    }

    /** For a detached copy that must carry the version it was read at. */
    public void setRowVersion(long rowVersion) {
        this.rowVersion = rowVersion;
    }
}
