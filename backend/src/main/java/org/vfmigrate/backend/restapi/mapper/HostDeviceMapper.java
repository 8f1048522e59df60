package org.vfmigrate.backend.restapi.mapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.model.HostDevice;
import org.vfmigrate.backend.restapi.model.Network;
import org.vfmigrate.backend.restapi.model.Networks;
import org.vfmigrate.backend.restapi.model.Ref;
import org.vfmigrate.common.businessentities.host.HostDeviceInventory;

/**
 * A host's SR-IOV functions in API form, named as libvirt names PCI node devices ({@code pci_0000_3b_02_0}).
 * PFs carry their VF count and the networks they serve; VFs their PF and, when held, the VM and NIC holding them.
 */
public final class HostDeviceMapper {

    private HostDeviceMapper() {
    }

    public static List<HostDevice> toModels(UUID hostId, HostDeviceInventory inventory) {
        List<HostDevice> out = new ArrayList<>();
        for (var d : inventory.devices()) {
            out.add(toModel(hostId, d, inventory));
        }
        return out;
    }

    public static HostDevice toModel(UUID hostId, org.vfmigrate.common.businessentities.host.HostDevice d,
            HostDeviceInventory inventory) {
        HostDevice m = new HostDevice();
        m.id = d.getId().toString();
        m.href = href(hostId, d.getId());
        m.name = nodeDeviceName(d.getPciAddress());
        m.capability = "pci";
        m.host = HostMapper.ref(ApiPaths.HOSTS, hostId);
        m.pciAddress = d.getPciAddress();
        m.netdev = d.getNetdev();
        if (d.isVirtualFunction()) {
            m.physicalFunction = new Ref(d.getPhysicalFunctionId().toString(), href(hostId, d.getPhysicalFunctionId()));
            m.reservation = d.getReservation().name().toLowerCase(Locale.ROOT);
            m.vm = HostMapper.ref(ApiPaths.VMS, d.getVmId());
            if (d.getVmId() != null && d.getVmNicId() != null) {
                m.nic = new Ref(d.getVmNicId().toString(),
                        ApiPaths.subHref(ApiPaths.VMS, d.getVmId(), "nics", d.getVmNicId()));
            }
        } else {
            long vfs = inventory.devices().stream().filter(v -> d.getId().equals(v.getPhysicalFunctionId())).count();
            m.virtualFunctions = String.valueOf(vfs);
            m.networks = networks(inventory.physicalFunctionNetworks(), d.getId());
        }
        return m;
    }

    /** {@code 0000:3b:02.0} → {@code pci_0000_3b_02_0}. */
    static String nodeDeviceName(String pciAddress) {
        return "pci_" + pciAddress.replace(':', '_').replace('.', '_');
    }

    private static Networks networks(Map<UUID, Set<UUID>> byPf, UUID pf) {
        Networks networks = new Networks();
        for (UUID id : byPf.getOrDefault(pf, Set.of()).stream().sorted().toList()) {
            Network n = new Network();
            n.id = id.toString();
            n.href = ApiPaths.href(ApiPaths.NETWORKS, id);
            networks.items.add(n);
        }
        return networks;
    }

    private static String href(UUID hostId, UUID deviceId) {
        return ApiPaths.subHref(ApiPaths.HOSTS, hostId, "devices", deviceId);
    }
}
