package org.vfmigrate.backend.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches VF ownership in the shared database while engines race, from a thread of its own, every 100 ms; each
 * check is one SQL statement, so it sees one consistent moment. At no moment may a VF be held for a NIC of another
 * VM, or be held away from its VM's host other than on the destination of the VM's unfinished migration. (That a
 * VF has one holder and a NIC at most one VF per host, the schema itself ensures.)
 */
final class VfOwnershipSampler {

    private static final Map<String, String> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("VFs held for a NIC of another VM", """
                select count(*) from host_devices d join vm_interfaces n on n.id = d.vm_nic_id
                where d.vm_id is distinct from n.vm_id""");
        CHECKS.put("VFs held away from their VM's host and its migration's destination", """
                select count(*) from host_devices d join vms v on v.id = d.vm_id
                where d.vm_nic_id is not null and d.host_id is distinct from v.run_on_host_id
                and not exists (select 1 from migrations m where m.vm_id = v.id and m.destination_host_id = d.host_id
                                and m.phase not in ('DONE', 'UNDONE'))""");
    }

    private final String databaseUrl;
    private final List<String> violations = new ArrayList<>();
    private volatile boolean running;
    private Thread thread;
    private int samples;

    VfOwnershipSampler(String databaseUrl) {
        this.databaseUrl = databaseUrl;
    }

    void start() {
        running = true;
        thread = new Thread(this::loop, "vf-ownership-sampler");
        thread.start();
    }

    void stop() {
        running = false;
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized int samples() {
        return samples;
    }

    /** What was seen, at most 20 lines. */
    synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    private void loop() {
        try (ProcessDatabase db = new ProcessDatabase(databaseUrl)) {
            while (running) {
                sample(db);
                SettledEngineCheck.pause(java.time.Duration.ofMillis(100));
            }
        }
    }

    private void sample(ProcessDatabase db) {
        List<String> seen = new ArrayList<>();
        CHECKS.forEach((what, sql) -> {
            int n = db.count(sql);
            if (n > 0) {
                seen.add(n + " " + what);
            }
        });
        synchronized (this) {
            samples++;
            if (!seen.isEmpty() && violations.size() < 20) {
                violations.add("sample " + samples + ": " + String.join(", ", seen));
            }
        }
    }
}
