package org.vfmigrate.backend.restapi.mapper;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.vfmigrate.backend.restapi.ApiFaultException;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.model.FailoverDevice;
import org.vfmigrate.backend.restapi.model.Mac;
import org.vfmigrate.backend.restapi.model.Nic;
import org.vfmigrate.common.businessentities.vm.VmDevice;
import org.vfmigrate.common.businessentities.vm.VmDeviceRole;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.businessentities.vm.VmNicType;

/**
 * VM NICs between entity and API form. Without {@code <interface>} a new NIC's type is left to its profile.
 * The {@code failover_device} comes from the VM's devices on its host and is never read from input; plugging
 * is done by the {@code activate}/{@code deactivate} actions, so an update may only repeat the current state.
 */
public final class NicMapper {

    private static final Map<String, VmNicType> TYPES = new TreeMap<>(Map.of(
            VmNicType.VIRTIO.apiName(), VmNicType.VIRTIO,
            VmNicType.PCI_PASSTHROUGH.apiName(), VmNicType.PCI_PASSTHROUGH));

    private NicMapper() {
    }

    /** The NIC with the failover twin found among {@code devices} (the NIC's own devices on the host). */
    public static Nic toModel(VmNic n, List<VmDevice> devices) {
        Nic m = new Nic();
        m.id = n.getId().toString();
        m.href = ApiPaths.subHref(ApiPaths.VMS, n.getVmId(), "nics", n.getId());
        m.name = n.getName();
        m.interfaceType = n.getType() == null ? null : n.getType().apiName();
        m.mac = new Mac(n.getMacAddress());
        m.plugged = String.valueOf(n.isPlugged());
        m.linked = String.valueOf(n.isLinked());
        m.vnicProfile = HostMapper.ref(ApiPaths.VNIC_PROFILES, n.getVnicProfileId());
        m.vm = HostMapper.ref(ApiPaths.VMS, n.getVmId());
        devices.stream()
                .filter(d -> d.getVmNicId().equals(n.getId()) && d.getRole() == VmDeviceRole.FAILOVER_TWIN)
                .findFirst()
                .ifPresent(d -> m.failoverDevice = new FailoverDevice(d.getAlias(), String.valueOf(d.isPlugged())));
        return m;
    }

    public static VmNic forAdd(UUID vmId, Nic m) {
        if (m.name == null) {
            throw ApiFaultException.incomplete("Nic", "name", "add");
        }
        VmNic n = new VmNic(null, vmId, m.name, null, null);
        common(m, n);
        Boolean plugged = ApiValues.parseBoolean("plugged", m.plugged);
        if (plugged != null) {
            n.setPlugged(plugged);
        }
        return n;
    }

    /** Applies what the request names onto {@code n}; what it leaves out is kept. */
    public static VmNic merge(Nic m, VmNic n) {
        common(m, n);
        Boolean plugged = ApiValues.parseBoolean("plugged", m.plugged);
        if (plugged != null && plugged != n.isPlugged()) {
            throw ApiFaultException.badValue("plugged", m.plugged,
                    "the current state (" + n.isPlugged() + "); use the activate or deactivate action to change it");
        }
        return n;
    }

    private static void common(Nic m, VmNic n) {
        if (m.name != null) {
            n.setName(m.name);
        }
        VmNicType type = ApiValues.parseChoice("interface", m.interfaceType, TYPES);
        if (type != null) {
            n.setType(type);
        }
        if (m.vnicProfile != null) {
            n.setVnicProfileId(ApiValues.parseOptionalId("vnic_profile.id", m.vnicProfile.id));
        }
        if (m.mac != null && m.mac.address != null) {
            n.setMacAddress(m.mac.address.trim());
        }
        Boolean linked = ApiValues.parseBoolean("linked", m.linked);
        if (linked != null) {
            n.setLinked(linked);
        }
    }
}
