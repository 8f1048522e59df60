package org.vfmigrate.backend.migration.scheduled;

import org.vfmigrate.backend.config.EngineReadiness;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vfmigrate.backend.bll.Backend;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.MigrateVmParameters;
import org.vfmigrate.common.businessentities.BalancingPolicy;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.host.HostDevice;
import org.vfmigrate.common.businessentities.host.HostStatus;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.dal.dao.ClusterDao;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.dal.dao.host.HostDeviceDao;
import org.vfmigrate.dal.dao.vm.VmDao;

/**
 * The periodic balancing job: in each cluster with a balancing policy, when the busiest up host carries at least
 * {@link #SPREAD} more than the quietest (VMs, or VFs in use), one VM moves from the busiest to the quietest per
 * round. The move is an ordinary MigrateVm, so every failover rule, the VF reservation and the source's
 * parallel-migration limit apply, and it shows as a job.
 */
@Component
public class ClusterBalancing {

    /** The imbalance that is worth a migration. */
    static final int SPREAD = 2;

    private final ClusterDao clusterDao;
    private final HostDao hostDao;
    private final HostDeviceDao hostDeviceDao;
    private final VmDao vmDao;
    private final Backend backend;
    private final TransactionTemplate tx;

    private final EngineReadiness readiness;
    public ClusterBalancing(ClusterDao clusterDao, HostDao hostDao, HostDeviceDao hostDeviceDao, VmDao vmDao,
            Backend backend, PlatformTransactionManager tm, EngineReadiness readiness) {
        this.readiness = readiness;
        this.clusterDao = clusterDao;
        this.hostDao = hostDao;
        this.hostDeviceDao = hostDeviceDao;
        this.vmDao = vmDao;
        this.backend = backend;
        this.tx = new TransactionTemplate(tm);
    }

    @Scheduled(initialDelayString = "${VFMIGRATE_BALANCING_INTERVAL_MS:60000}",
            fixedDelayString = "${VFMIGRATE_BALANCING_INTERVAL_MS:60000}")
    public void round() {
        if (!readiness.isReady()) {
            return; // start-up recovery first
        }
        tx.execute(s -> clusterDao.getAll()).stream()
                .filter(c -> c.getBalancingPolicy() != BalancingPolicy.NONE)
                .forEach(this::balance);
    }

    /** One balancing step for the cluster; returns the VM it started to move, if any. */
    public Optional<UUID> balance(Cluster cluster) {
        Optional<Move> move = tx.execute(s -> plan(cluster));
        move.ifPresent(m -> backend.runAction(ActionType.MIGRATE_VM, new MigrateVmParameters(m.vm(), m.to())));
        return move.map(Move::vm);
    }

    private record Move(UUID vm, UUID to) {
    }

    private Optional<Move> plan(Cluster cluster) {
        List<Host> up = hostDao.getAllForCluster(cluster.getId()).stream()
                .filter(h -> h.getStatus() == HostStatus.UP).toList();
        if (up.size() < 2) {
            return Optional.empty();
        }
        Map<UUID, Integer> load = new HashMap<>();
        for (Host h : up) {
            load.put(h.getId(), load(cluster.getBalancingPolicy(), h));
        }
        Comparator<Host> byLoad = Comparator.comparing((Host h) -> load.get(h.getId())).thenComparing(Host::getName);
        Host busiest = up.stream().max(byLoad).orElseThrow();
        Host quietest = up.stream().min(byLoad).orElseThrow();
        if (load.get(busiest.getId()) - load.get(quietest.getId()) < SPREAD) {
            return Optional.empty();
        }
        return vmDao.getAllRunningOnHost(busiest.getId()).stream()
                .filter(vm -> vm.getStatus() == VmStatus.UP)
                .min(Comparator.comparing(Vm::getName))
                .map(vm -> new Move(vm.getId(), quietest.getId()));
    }

    private int load(BalancingPolicy policy, Host host) {
        if (policy == BalancingPolicy.EVEN_VF_USAGE) {
            return (int) hostDeviceDao.getAllForHost(host.getId()).stream()
                    .filter(HostDevice::isVirtualFunction).filter(d -> d.getVmNicId() != null).count();
        }
        return vmDao.getAllRunningOnHost(host.getId()).size();
    }
}
