package org.vfmigrate.backend.restapi.mapper;

import org.vfmigrate.backend.restapi.ApiFaultException;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.model.ApiVersion;
import org.vfmigrate.common.businessentities.DataCenter;
import org.vfmigrate.common.businessentities.Version;

/** Data centers between entity and API form. */
public final class DataCenterMapper {

    private DataCenterMapper() {
    }

    public static org.vfmigrate.backend.restapi.model.DataCenter toModel(DataCenter dc) {
        var m = new org.vfmigrate.backend.restapi.model.DataCenter();
        m.id = dc.getId().toString();
        m.href = ApiPaths.href(ApiPaths.DATA_CENTERS, dc.getId());
        m.name = dc.getName();
        m.description = dc.getDescription();
        m.version = new ApiVersion(dc.getCompatibilityVersion().major(), dc.getCompatibilityVersion().minor());
        m.status = "up";
        m.local = "false";
        return m;
    }

    public static DataCenter forAdd(org.vfmigrate.backend.restapi.model.DataCenter m) {
        if (m.name == null) {
            throw ApiFaultException.incomplete("DataCenter", "name", "add");
        }
        DataCenter dc = new DataCenter(null, m.name, Version.MAX_SUPPORTED);
        merge(m, dc);
        return dc;
    }

    /** Applies what the request names onto {@code dc}; what it leaves out is kept. */
    public static DataCenter merge(org.vfmigrate.backend.restapi.model.DataCenter m, DataCenter dc) {
        if (m.name != null) {
            dc.setName(m.name);
        }
        if (m.description != null) {
            dc.setDescription(m.description);
        }
        if (m.version != null) {
            dc.setCompatibilityVersion(ApiValues.parseVersion("version", m.version.major, m.version.minor));
        }
        return dc;
    }
}
