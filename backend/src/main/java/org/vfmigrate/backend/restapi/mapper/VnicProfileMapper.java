package org.vfmigrate.backend.restapi.mapper;

import org.vfmigrate.backend.restapi.ApiFaultException;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.model.PassThrough;
import org.vfmigrate.backend.restapi.model.Ref;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.businessentities.network.VnicProfileView;

/**
 * vNIC profiles between entity and API form, including the {@code failover} link of SPEC-failover.md §1.4:
 * shown only when set; on update, absent keeps it and an empty one clears it.
 */
public final class VnicProfileMapper {

    private VnicProfileMapper() {
    }

    public static org.vfmigrate.backend.restapi.model.VnicProfile toModel(VnicProfileView v) {
        var m = new org.vfmigrate.backend.restapi.model.VnicProfile();
        m.id = v.id().toString();
        m.href = ApiPaths.href(ApiPaths.VNIC_PROFILES, v.id());
        m.name = v.name();
        m.description = v.description();
        m.network = new Ref(v.networkId().toString(), ApiPaths.href(ApiPaths.NETWORKS, v.networkId()));
        m.passThrough = new PassThrough(v.passthrough() ? "enabled" : "disabled");
        m.migratable = String.valueOf(v.migratable());
        m.portMirroring = "false";
        if (v.failoverVnicProfileId() != null) {
            m.setFailover(new Ref(v.failoverVnicProfileId().toString(),
                    ApiPaths.href(ApiPaths.VNIC_PROFILES, v.failoverVnicProfileId())));
        }
        return m;
    }

    public static VnicProfile forAdd(org.vfmigrate.backend.restapi.model.VnicProfile m) {
        if (m.name == null || m.network == null || m.network.id == null) {
            throw ApiFaultException.incomplete("VnicProfile", "name, network.id", "add");
        }
        VnicProfile p = new VnicProfile(null, m.name, null);
        merge(m, p);
        return p;
    }

    public static VnicProfile merge(org.vfmigrate.backend.restapi.model.VnicProfile m, VnicProfile p) {
        if (m.name != null) {
            p.setName(m.name);
        }
        if (m.description != null) {
            p.setDescription(m.description);
        }
        if (m.network != null && m.network.id != null) {
            p.setNetworkId(ApiValues.parseId("network.id", m.network.id));
        }
        if (m.passThrough != null && m.passThrough.mode != null) {
            p.setPassthrough(ApiValues.parsePassThroughMode(m.passThrough.mode));
        }
        if (m.migratable != null) {
            p.setMigratable(ApiValues.parseBoolean("migratable", m.migratable));
        }
        if (m.portMirroring != null && Boolean.TRUE.equals(ApiValues.parseBoolean("port_mirroring", m.portMirroring))) {
            throw ApiFaultException.badValue("port_mirroring", m.portMirroring, "false (port mirroring is not supported)");
        }
        if (m.isFailoverSpecified()) {
            Ref failover = m.getFailover();
            p.setFailoverVnicProfileId(failover == null || failover.id == null || failover.id.isBlank()
                    ? null : ApiValues.parseId("failover.id", failover.id));
        }
        return p;
    }
}
