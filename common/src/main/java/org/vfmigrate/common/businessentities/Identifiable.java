package org.vfmigrate.common.businessentities;

import java.util.UUID;

/** An entity addressed by a UUID, as every oVirt business entity is. */
public interface Identifiable {

    UUID getId();

    String getName();
}
