package org.vfmigrate.backend.restapi.mapper;

import org.vfmigrate.backend.restapi.ApiFaultException;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.model.Ref;
import org.vfmigrate.backend.restapi.model.Usages;
import org.vfmigrate.backend.restapi.model.Vlan;
import org.vfmigrate.common.businessentities.network.Network;

/** Networks between entity and API form; {@code usages} containing {@code vm} marks a VM network. */
public final class NetworkMapper {

    private static final String VM_USAGE = "vm";

    private NetworkMapper() {
    }

    public static org.vfmigrate.backend.restapi.model.Network toModel(Network n) {
        var m = new org.vfmigrate.backend.restapi.model.Network();
        m.id = n.getId().toString();
        m.href = ApiPaths.href(ApiPaths.NETWORKS, n.getId());
        m.name = n.getName();
        m.description = n.getDescription();
        m.dataCenter = new Ref(n.getDataCenterId().toString(), ApiPaths.href(ApiPaths.DATA_CENTERS, n.getDataCenterId()));
        if (n.getVlanId() != null) {
            m.vlan = new Vlan();
            m.vlan.id = n.getVlanId().toString();
        }
        m.mtu = String.valueOf(n.getMtu());
        m.usages = new Usages();
        if (n.isVmNetwork()) {
            m.usages.usage.add(VM_USAGE);
        }
        m.external = String.valueOf(n.isExternal());
        m.bridgeName = n.getBridgeName();
        return m;
    }

    public static Network forAdd(org.vfmigrate.backend.restapi.model.Network m) {
        if (m.name == null || m.dataCenter == null || m.dataCenter.id == null) {
            throw ApiFaultException.incomplete("Network", "name, data_center.id", "add");
        }
        Network n = new Network(null, m.name, null);
        merge(m, n);
        return n;
    }

    /** Whether to create the network's own profile; oVirt's default is yes. */
    public static boolean profileRequired(org.vfmigrate.backend.restapi.model.Network m) {
        Boolean required = ApiValues.parseBoolean("profile_required", m.profileRequired);
        return required == null || required;
    }

    public static Network merge(org.vfmigrate.backend.restapi.model.Network m, Network n) {
        if (m.name != null) {
            n.setName(m.name);
        }
        if (m.description != null) {
            n.setDescription(m.description);
        }
        if (m.dataCenter != null && m.dataCenter.id != null) {
            n.setDataCenterId(ApiValues.parseId("data_center.id", m.dataCenter.id));
        }
        if (m.vlan != null) {
            n.setVlanId(ApiValues.parseInteger("vlan.id", m.vlan.id));
        }
        if (m.mtu != null) {
            n.setMtu(ApiValues.parseInteger("mtu", m.mtu));
        }
        if (m.usages != null) {
            // JSON may say "usage": null, which lists no usage, as <usages/> does
            n.setVmNetwork(m.usages.usage != null
                    && m.usages.usage.stream().anyMatch(u -> VM_USAGE.equals(u == null ? null : u.trim())));
        }
        if (m.external != null) {
            n.setExternal(ApiValues.parseBoolean("external", m.external));
        }
        if (m.bridgeName != null) {
            n.setBridgeName(m.bridgeName.isEmpty() ? null : m.bridgeName);
        }
        return n;
    }
}
