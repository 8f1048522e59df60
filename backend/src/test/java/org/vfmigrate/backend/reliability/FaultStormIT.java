package org.vfmigrate.backend.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.monitoring.DeviceMonitor;
import org.vfmigrate.backend.monitoring.MissingVfReplug;
import org.vfmigrate.backend.testing.EngineInvariants;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.backend.testing.RunningVmFixture;
import org.vfmigrate.common.action.ActionReturnValue;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.MigrateVmParameters;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.dal.testing.TestDatabase;
import org.vfmigrate.vdsbroker.host.sim.SimFault;
import org.vfmigrate.vdsbroker.host.sim.SimFault.Kind;
import org.vfmigrate.vdsbroker.host.sim.SimFault.Operation;
import org.vfmigrate.vdsbroker.host.sim.SimSettings;

/**
 * Fault storm: continuous migrations of failover and legacy VF VMs between simulated hosts while random host
 * faults (fail, hang, guest never acknowledging, delay) are injected, for a bounded time; then the faults stop,
 * the migrations settle, one monitoring round runs, and every engine invariant must hold. Seeded
 * ({@code -Dstorm.seed}), {@code -Dstorm.seconds} long (default 12).
 */
class FaultStormIT extends EngineTestBase {

    private static final Operation[] OPERATIONS = {Operation.HOT_UNPLUG, Operation.HOT_PLUG, Operation.MIGRATE};
    private static final Kind[] KINDS = {Kind.FAIL, Kind.HANG, Kind.NO_ACK, Kind.DELAY};

    @Autowired
    HostDrivers drivers;
    @Autowired
    MissingVfReplug replug;
    @Autowired
    DeviceMonitor monitor;

    @Test
    void everyInvariantHoldsAfterAStormOfHostFaults() {
        long seed = Long.getLong("storm.seed", System.nanoTime());
        long seconds = Long.getLong("storm.seconds", 12);
        System.out.println("fault storm: seed " + seed + ", " + seconds + " s (rerun with -Dstorm.seed=" + seed + ")");
        long began = System.nanoTime();
        ReliabilityFigures figures = ReliabilityFigures.of(getClass()).put("seed", seed)
                .put("rerun", "-Dstorm.seed=" + seed + " -Dstorm.seconds=" + seconds).put("storm", seconds + " s")
                .put("cluster", "4 simulated hosts of 6 VFs, 10 running VMs (8 with a failover NIC, 2 with a legacy VF NIC)");
        Random random = new Random(seed);
        RunningVmFixture f = new RunningVmFixture(this, drivers);
        List<UUID> hosts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            hosts.add(f.host("storm" + i, 6));
        }
        List<UUID> vms = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String name = "storm-vm" + i + "-" + UUID.randomUUID().toString().substring(0, 6);
            UUID vm = vmUsing(f.cluster, name, i < 8 ? f.sriovVf : f.legacyVf);
            runOk(ActionType.RUN_VM, new VmIdParameters(vm, hosts.get(i % hosts.size())));
            vms.add(vm);
            names.add(name);
        }

        Map<Kind, Integer> injected = new EnumMap<>(Kind.class);
        int started = 0;
        int refused = 0;
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < end) {
            int i = random.nextInt(vms.size());
            UUID destination = random.nextBoolean() ? hosts.get(random.nextInt(hosts.size())) : null;
            if (random.nextInt(3) > 0) {
                // aim at the VM's own source or at a destination, so that most faults hit a migration
                UUID source = inTransaction(() -> vmDao.get(vms.get(i)).getRunOnHostId());
                UUID target = random.nextBoolean() || destination == null ? source : destination;
                Kind kind = KINDS[random.nextInt(KINDS.length)];
                Operation op = kind == Kind.NO_ACK ? Operation.HOT_UNPLUG : OPERATIONS[random.nextInt(OPERATIONS.length)];
                f.faults(target, new SimFault(op, names.get(i), kind, 1 + random.nextInt(2),
                        kind == Kind.DELAY ? (long) random.nextInt(1500) : null, null));
                injected.merge(kind, 1, Integer::sum);
            }
            ActionReturnValue r = run(ActionType.MIGRATE_VM, new MigrateVmParameters(vms.get(i), destination));
            if (r.getSucceeded()) {
                started++;
            } else {
                refused++;
            }
            sleep(50 + random.nextInt(150));
        }
        hosts.forEach(h -> f.sim(h).configure(SimSettings.ZERO_LATENCY));
        System.out.println("fault storm: " + started + " migrations started, " + refused + " refused, faults " + injected);
        figures.put("migrations started", started).put("migrations refused", refused).put("faults injected", injected);

        awaitSettled();
        replug.replugAll();
        monitor.refreshAll();

        EngineInvariants invariants = new EngineInvariants(TestDatabase.get().dataSource(), new EngineInvariants.HostTruth() {
            @Override
            public List<String> runningDomains(String address) {
                return drivers.driver(address).runningDomains();
            }

            @Override
            public String liveXml(String address, String vmName) {
                return drivers.driver(address).liveXml(vmName);
            }
        });
        List<String> violations = invariants.violations();
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.get().dataSource());
        Map<String, Integer> outcomes = new java.util.TreeMap<>();
        jdbc.query("select lower(phase), count(*) from migrations where vm_id in (" + String.join(", ",
                vms.stream().map(vm -> "'" + vm + "'").toList()) + ") group by phase",
                rs -> {
                    outcomes.put(rs.getString(1), rs.getInt(2));
                });
        figures.put("migrations by outcome", outcomes)
                .put("duration", String.format("%.0f s", (System.nanoTime() - began) / 1e9))
                .put("violations", violations.isEmpty() ? "none" : violations).write();
        assertThat(violations).as("seed " + seed).isEmpty();
        assertThat(started).as("migrations started").isGreaterThan(5);
    }

    private void awaitSettled() {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.get().dataSource());
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (jdbc.queryForObject("select count(*) from migrations where phase not in ('DONE', 'UNDONE')",
                Integer.class) > 0) {
            assertThat(System.nanoTime()).as("migrations settled within 90 s").isLessThan(deadline);
            sleep(100);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
