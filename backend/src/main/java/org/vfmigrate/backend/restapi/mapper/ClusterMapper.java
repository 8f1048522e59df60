package org.vfmigrate.backend.restapi.mapper;

import org.vfmigrate.backend.restapi.ApiFaultException;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.model.ApiVersion;
import org.vfmigrate.backend.restapi.model.Ref;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.Version;

/** Clusters between entity and API form. */
public final class ClusterMapper {

    private ClusterMapper() {
    }

    public static org.vfmigrate.backend.restapi.model.Cluster toModel(Cluster c) {
        var m = new org.vfmigrate.backend.restapi.model.Cluster();
        m.id = c.getId().toString();
        m.href = ApiPaths.href(ApiPaths.CLUSTERS, c.getId());
        m.name = c.getName();
        m.description = c.getDescription();
        m.dataCenter = new Ref(c.getDataCenterId().toString(), ApiPaths.href(ApiPaths.DATA_CENTERS, c.getDataCenterId()));
        m.version = new ApiVersion(c.getCompatibilityVersion().major(), c.getCompatibilityVersion().minor());
        m.migrationMode = c.getMigrationMode().name().toLowerCase(java.util.Locale.ROOT);
        m.balancingPolicy = c.getBalancingPolicy().apiName();
        m.migrationPolicy = c.getMigrationPolicy().apiName();
        return m;
    }

    public static Cluster forAdd(org.vfmigrate.backend.restapi.model.Cluster m) {
        if (m.name == null || m.dataCenter == null || m.dataCenter.id == null) {
            throw ApiFaultException.incomplete("Cluster", "name, data_center.id", "add");
        }
        Cluster c = new Cluster(null, m.name, null, Version.MAX_SUPPORTED);
        merge(m, c);
        return c;
    }

    public static Cluster merge(org.vfmigrate.backend.restapi.model.Cluster m, Cluster c) {
        if (m.name != null) {
            c.setName(m.name);
        }
        if (m.description != null) {
            c.setDescription(m.description);
        }
        if (m.dataCenter != null && m.dataCenter.id != null) {
            c.setDataCenterId(ApiValues.parseId("data_center.id", m.dataCenter.id));
        }
        if (m.version != null) {
            c.setCompatibilityVersion(ApiValues.parseVersion("version", m.version.major, m.version.minor));
        }
        if (m.migrationMode != null) {
            c.setMigrationMode(ApiValues.parseEnum("migration_mode", m.migrationMode,
                    org.vfmigrate.common.businessentities.migration.MigrationMode.class));
        }
        if (m.migrationPolicy != null) {
            c.setMigrationPolicy(ApiValues.parseEnum("migration_policy", m.migrationPolicy,
                    org.vfmigrate.common.businessentities.migration.MigrationPolicy.class));
        }
        if (m.balancingPolicy != null) {
            c.setBalancingPolicy(ApiValues.parseEnum("balancing_policy", m.balancingPolicy,
                    org.vfmigrate.common.businessentities.BalancingPolicy.class));
        }
        return c;
    }
}
