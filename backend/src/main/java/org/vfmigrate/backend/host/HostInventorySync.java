package org.vfmigrate.backend.host;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.dal.dao.ClusterDao;
import org.vfmigrate.dal.dao.host.HostDeviceDao;
import org.vfmigrate.dal.dao.host.HostNetworkAttachmentDao;
import org.vfmigrate.dal.dao.host.PhysicalFunctionRecord;
import org.vfmigrate.dal.dao.network.NetworkDao;
import org.vfmigrate.vdsbroker.host.HostPciInventory;

/**
 * Reads a host's SR-IOV inventory and bridges from its driver and stores them: PFs and VFs with the networks
 * each PF serves (by network name, within the host's data center), and the networks whose bridge the host has.
 * Returns the VFs that are held but no longer reported (drift), for the caller to report.
 */
@Component
public class HostInventorySync {

    private final HostDrivers drivers;
    private final ClusterDao clusterDao;
    private final NetworkDao networkDao;
    private final HostDeviceDao hostDeviceDao;
    private final HostNetworkAttachmentDao attachmentDao;

    public HostInventorySync(HostDrivers drivers, ClusterDao clusterDao, NetworkDao networkDao,
            HostDeviceDao hostDeviceDao, HostNetworkAttachmentDao attachmentDao) {
        this.drivers = drivers;
        this.clusterDao = clusterDao;
        this.networkDao = networkDao;
        this.hostDeviceDao = hostDeviceDao;
        this.attachmentDao = attachmentDao;
    }

    /** Reads the inventory from the host (may throw the driver's engine error); does not write. */
    public HostPciInventory read(Host host) {
        return drivers.driver(host.getAddress()).pciInventory();
    }

    /** Stores an inventory read from the host; returns addresses of held VFs the host no longer has. */
    public List<String> store(Host host, HostPciInventory inventory) {
        Cluster cluster = clusterDao.get(host.getClusterId());
        List<Network> networks = networkDao.getAllForDataCenter(cluster.getDataCenterId());
        Map<String, UUID> byName = new HashMap<>();
        networks.forEach(n -> byName.put(n.getName(), n.getId()));
        List<PhysicalFunctionRecord> pfs = inventory.physicalFunctions().stream()
                .map(pf -> new PhysicalFunctionRecord(pf.address().toString(), pf.netdev(), networkIds(pf.networks(), byName),
                        pf.virtualFunctions().stream().map(vf -> vf.address().toString()).toList()))
                .toList();
        List<String> drift = hostDeviceDao.syncInventory(host.getId(), pfs);
        Map<UUID, String> attached = new HashMap<>();
        for (Network n : networks) {
            if (n.getBridgeName() != null && inventory.bridges().contains(n.getBridgeName())) {
                attached.put(n.getId(), n.getBridgeName());
            }
        }
        attachmentDao.replace(host.getId(), attached);
        return drift;
    }

    private static Set<UUID> networkIds(Set<String> names, Map<String, UUID> byName) {
        Set<UUID> ids = new HashSet<>();
        names.forEach(n -> {
            if (byName.containsKey(n)) {
                ids.add(byName.get(n));
            }
        });
        return ids;
    }

}
