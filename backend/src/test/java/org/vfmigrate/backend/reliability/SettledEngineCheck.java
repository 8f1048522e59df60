package org.vfmigrate.backend.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.vfmigrate.backend.testing.EngineInvariants;
import org.vfmigrate.backend.testing.EngineInvariants.HostTruth;

/**
 * Checks engine processes once they have settled: no migration unfinished, no host still preparing for
 * maintenance, then a few monitoring rounds (device monitoring, and the plug-back of VFs whose reservation was
 * kept) — then every {@link EngineInvariants engine invariant} over their database and their simulated hosts, and
 * the hosts' maintenance state: each host up or in maintenance, and a host in maintenance runs no VM and holds no
 * VF. Returns the violations (a wait that ran out is one too), empty when all hold; also how long settling took.
 */
final class SettledEngineCheck {

    private static final String UNFINISHED = "select count(*) from migrations where phase not in ('DONE', 'UNDONE')";
    private static final String PREPARING = "select count(*) from hosts where status = 'PREPARING_FOR_MAINTENANCE'";

    private final String databaseUrl;
    private final Supplier<HostTruth> hosts;
    private final Duration monitorInterval;
    private long settledMillis;

    /** {@code hosts} reads what the simulated hosts say once settled (e.g. a {@link RestHostTruth}). */
    SettledEngineCheck(String databaseUrl, Supplier<HostTruth> hosts, Duration monitorInterval) {
        this.databaseUrl = databaseUrl;
        this.hosts = hosts;
        this.monitorInterval = monitorInterval;
    }

    /** Waits up to {@code bound} for the engine to settle, then checks; the violations, empty when all hold. */
    List<String> violations(Duration bound) {
        List<String> violations = new ArrayList<>();
        long start = System.nanoTime();
        try (ProcessDatabase db = new ProcessDatabase(databaseUrl)) {
            awaitZero(db, UNFINISHED, "unfinished migrations", bound, violations);
            awaitZero(db, PREPARING, "hosts still preparing for maintenance", bound, violations);
            settledMillis = (System.nanoTime() - start) / 1_000_000;
            pause(monitorInterval.multipliedBy(4).plusSeconds(1));
            HostTruth truth = hosts.get();
            violations.addAll(new EngineInvariants(db.dataSource(), truth).violations());
            violations.addAll(maintenanceViolations(db, truth));
        }
        return violations;
    }

    /** How long the engine took to settle in the last check, ms. */
    long settledMillis() {
        return settledMillis;
    }

    private static List<String> maintenanceViolations(ProcessDatabase db, HostTruth hosts) {
        List<String> v = new ArrayList<>();
        for (Map<String, Object> host : db.rows("select name, address, status from hosts order by name")) {
            String name = (String) host.get("name");
            String status = (String) host.get("status");
            if (!status.equals("UP") && !status.equals("MAINTENANCE")) {
                v.add("host " + name + " is " + status + ", neither up nor in maintenance");
            }
            if (status.equals("MAINTENANCE")) {
                List<String> running = hosts.runningDomains((String) host.get("address"));
                if (!running.isEmpty()) {
                    v.add("host " + name + " is in maintenance but runs " + running);
                }
            }
        }
        count(db, v, "VMs recorded on hosts in maintenance", """
                select count(*) from vms v join hosts h on h.id = v.run_on_host_id where h.status = 'MAINTENANCE'""");
        count(db, v, "VFs held on hosts in maintenance", """
                select count(*) from host_devices d join hosts h on h.id = d.host_id
                where h.status = 'MAINTENANCE' and d.vm_nic_id is not null""");
        return v;
    }

    private static void count(ProcessDatabase db, List<String> v, String what, String sql) {
        int n = db.count(sql);
        if (n > 0) {
            v.add(n + " " + what);
        }
    }

    private static void awaitZero(ProcessDatabase db, String sql, String what, Duration bound, List<String> v) {
        long deadline = System.nanoTime() + bound.toNanos();
        int n;
        while ((n = db.count(sql)) > 0) {
            if (System.nanoTime() > deadline) {
                v.add(n + " " + what + " after waiting " + bound.toSeconds() + " s");
                return;
            }
            pause(Duration.ofMillis(200));
        }
    }

    static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
