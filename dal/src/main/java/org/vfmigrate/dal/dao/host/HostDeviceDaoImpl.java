package org.vfmigrate.dal.dao.host;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Repository;
import org.vfmigrate.common.businessentities.host.HostDevice;
import org.vfmigrate.common.businessentities.host.VfReservation;

/** Hibernate and SQL implementation of {@link HostDeviceDao}. */
@Repository
public class HostDeviceDaoImpl implements HostDeviceDao {

    private static final String CLAIM = "update host_devices set vm_id = :vm, vm_nic_id = :nic, reservation = :state, "
            + "reserved_at = :at, version = version + 1 where id = (select d.id from host_devices d "
            + "join host_device_networks n on n.host_device_id = d.physical_function_id "
            + "where d.host_id = :host and n.network_id = :net and d.reservation = 'FREE' "
            + "order by d.pci_address limit 1 for update of d skip locked) returning id";

    @PersistenceContext
    private EntityManager em;

    @Override
    public HostDevice get(UUID id) {
        return em.find(HostDevice.class, id);
    }

    @Override
    public List<HostDevice> getAllForHost(UUID hostId) {
        return em.createQuery("from HostDevice d where d.hostId = :h order by d.pciAddress", HostDevice.class)
                .setParameter("h", hostId).getResultList();
    }

    @Override
    public Map<UUID, Set<UUID>> getPhysicalFunctionNetworks(UUID hostId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select n.host_device_id, n.network_id from host_device_networks n "
                + "join host_devices d on d.id = n.host_device_id where d.host_id = :h", Tuple.class)
                .setParameter("h", hostId).getResultList();
        Map<UUID, Set<UUID>> result = new HashMap<>();
        rows.forEach(t -> result.computeIfAbsent(t.get(0, UUID.class), k -> new HashSet<>()).add(t.get(1, UUID.class)));
        return result;
    }

    @Override
    public List<String> syncInventory(UUID hostId, List<PhysicalFunctionRecord> physicalFunctions) {
        Map<String, HostDevice> stored = getAllForHost(hostId).stream()
                .collect(Collectors.toMap(HostDevice::getPciAddress, Function.identity()));
        Set<String> reported = new HashSet<>();
        for (PhysicalFunctionRecord pf : physicalFunctions) {
            HostDevice pfDevice = upsert(stored, hostId, pf.pciAddress(), null);
            pfDevice.setNetdev(pf.netdev());
            reported.add(pf.pciAddress());
            em.createNativeQuery("delete from host_device_networks where host_device_id = :d")
                    .setParameter("d", pfDevice.getId()).executeUpdate();
            for (UUID network : pf.networkIds()) {
                em.createNativeQuery("insert into host_device_networks (host_device_id, network_id) values (:d, :n)")
                        .setParameter("d", pfDevice.getId()).setParameter("n", network).executeUpdate();
            }
            for (String vf : pf.vfAddresses()) {
                upsert(stored, hostId, vf, pfDevice.getId());
                reported.add(vf);
            }
        }
        List<String> heldButGone = new ArrayList<>();
        stored.values().stream().filter(d -> !reported.contains(d.getPciAddress()))
                .sorted((a, b) -> Boolean.compare(a.isVirtualFunction(), b.isVirtualFunction()) * -1)
                .forEach(d -> {
                    if (d.getVmNicId() != null) {
                        heldButGone.add(d.getPciAddress());
                    } else {
                        em.remove(d);
                    }
                });
        em.flush();
        return heldButGone;
    }

    private HostDevice upsert(Map<String, HostDevice> stored, UUID hostId, String address, UUID pfId) {
        HostDevice device = stored.get(address);
        if (device == null) {
            device = new HostDevice(UUID.randomUUID(), hostId, address, pfId);
            em.persist(device);
            em.flush();
            stored.put(address, device);
        }
        return device;
    }

    @Override
    public Optional<HostDevice> claimFreeVf(UUID hostId, UUID networkId, UUID vmId, UUID nicId, VfReservation state,
            Instant at) {
        em.flush();
        @SuppressWarnings("unchecked")
        List<UUID> claimed = em.createNativeQuery(CLAIM, UUID.class)
                .setParameter("vm", vmId).setParameter("nic", nicId).setParameter("state", state.name())
                .setParameter("at", at).setParameter("host", hostId).setParameter("net", networkId)
                .getResultList();
        return claimed.stream().findFirst().map(this::fresh);
    }

    private HostDevice fresh(UUID id) {
        HostDevice device = em.find(HostDevice.class, id);
        em.refresh(device);
        return device;
    }

    @Override
    public Optional<HostDevice> getByAddress(UUID hostId, String pciAddress) {
        return em.createQuery("from HostDevice d where d.hostId = :h and d.pciAddress = :a", HostDevice.class)
                .setParameter("h", hostId).setParameter("a", pciAddress).getResultStream().findFirst();
    }

    @Override
    public Optional<HostDevice> getHeldBy(UUID nicId, UUID hostId) {
        return em.createQuery("from HostDevice d where d.vmNicId = :nic and d.hostId = :h", HostDevice.class)
                .setParameter("nic", nicId).setParameter("h", hostId).getResultStream().findFirst();
    }

    @Override
    public List<HostDevice> getAllHeldOnHost(UUID hostId) {
        return em.createQuery("from HostDevice d where d.hostId = :h and d.vmNicId is not null order by d.pciAddress",
                HostDevice.class).setParameter("h", hostId).getResultList();
    }

    @Override
    public List<HostDevice> getAllHeldByVm(UUID vmId) {
        return em.createQuery("from HostDevice d where d.vmId = :vm order by d.pciAddress", HostDevice.class)
                .setParameter("vm", vmId).getResultList();
    }

    @Override
    public void setReservation(UUID deviceId, VfReservation state) {
        HostDevice device = get(deviceId);
        device.hold(device.getVmId(), device.getVmNicId(), state, device.getReservedAt());
        em.flush();
    }

    @Override
    public void release(UUID deviceId) {
        HostDevice device = get(deviceId);
        if (device != null) {
            device.release();
            em.flush();
        }
    }

    @Override
    public int releaseAllForVm(UUID vmId) {
        List<HostDevice> held = getAllHeldByVm(vmId);
        held.forEach(HostDevice::release);
        em.flush();
        return held.size();
    }

    @Override
    public Map<UUID, Map<UUID, Integer>> freeVfCountsInCluster(UUID clusterId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select d.host_id, n.network_id, count(*) from host_devices d "
                + "join host_device_networks n on n.host_device_id = d.physical_function_id "
                + "join hosts h on h.id = d.host_id where h.cluster_id = :c and d.reservation = 'FREE' "
                + "group by d.host_id, n.network_id", Tuple.class).setParameter("c", clusterId).getResultList();
        Map<UUID, Map<UUID, Integer>> result = new HashMap<>();
        rows.forEach(t -> result.computeIfAbsent(t.get(0, UUID.class), k -> new HashMap<>())
                .put(t.get(1, UUID.class), ((Number) t.get(2)).intValue()));
        return result;
    }
}
