package org.vfmigrate.backend.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.migration.scheduled.ClusterBalancing;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.backend.testing.RunningVmFixture;
import org.vfmigrate.backend.testing.Xml;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.dal.dao.ClusterDao;
import org.vfmigrate.dal.dao.migration.MigrationDao;

/** The balancing job moves one VM per round from the busiest host to the quietest, by the cluster's policy. */
class ClusterBalancingIT extends EngineTestBase {

    @Autowired
    HostDrivers drivers;
    @Autowired
    ClusterBalancing balancing;
    @Autowired
    ClusterDao clusterDao;
    @Autowired
    MigrationDao migrationDao;

    @Test
    void evenVfUsageMovesAVmToTheQuietHostAndStopsWhenEven() {
        RunningVmFixture f = new RunningVmFixture(this, drivers);
        UUID busy = f.host("busy", 8);
        UUID quiet = f.host("quiet", 8);
        for (int i = 0; i < 3; i++) {
            UUID vm = vmUsing(f.cluster, "vm" + i, f.sriovVf);
            runOk(ActionType.RUN_VM, new VmIdParameters(vm, busy));
        }
        ApiClient api = new ApiClient(port).basic("admin@internal", ADMIN_PASSWORD);
        var r = api.put("/ovirt-engine/api/clusters/" + f.cluster,
                "<cluster><balancing_policy>even_vf_usage</balancing_policy></cluster>");
        assertThat(Xml.parse(r.body()).text("/cluster/balancing_policy")).isEqualTo("even_vf_usage");
        assertThat(api.put("/ovirt-engine/api/clusters/" + f.cluster,
                "<cluster><balancing_policy>random</balancing_policy></cluster>").statusCode()).isEqualTo(400);
        Cluster cluster = inTransaction(() -> clusterDao.get(f.cluster));

        Optional<UUID> moved = balancing.balance(cluster);

        assertThat(moved).isPresent();
        waitUntilFinished(moved.get());
        assertThat(inTransaction(() -> vmDao.get(moved.get())).getRunOnHostId()).isEqualTo(quiet);
        assertThat(balancing.balance(cluster)).as("2 against 1 is even enough").isEmpty();
    }

    private void waitUntilFinished(UUID vm) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (inTransaction(() -> migrationDao.getLatestForVm(vm)).map(m -> m.getPhase().isFinished()).orElse(false)) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("balancing migration did not finish");
    }
}
