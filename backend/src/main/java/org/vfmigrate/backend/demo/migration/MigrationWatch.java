package org.vfmigrate.backend.demo.migration;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Polls the API for the demo's migrations until every one is done or undone: {@code /vms/{id}/migrations} for the
 * phase and timings, {@code /jobs} and {@code /jobs/{id}/steps} for the progress, {@code /vms/{id}/datapath} for
 * the path the guest's traffic is on.
 */
final class MigrationWatch {

    private static final long POLL_MS = 100;

    private final DemoApi api;
    private final Map<String, String> jobByVm = new HashMap<>();

    MigrationWatch(DemoApi api) {
        this.api = api;
    }

    /** Reports every poll to {@code onUpdate}; returns the final statuses. */
    List<MigrationStatus> waitForAll(List<DemoVm> vms, Consumer<List<MigrationStatus>> onUpdate, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            List<MigrationStatus> all = new ArrayList<>();
            vms.forEach(vm -> all.add(status(vm)));
            onUpdate.accept(all);
            if (all.stream().allMatch(MigrationStatus::finished)) {
                return all;
            }
            if (System.nanoTime() > deadline) {
                throw new DemoFailure("the migrations did not finish within " + limit.toSeconds() + " s");
            }
            sleep(POLL_MS);
        }
    }

    MigrationStatus status(DemoVm vm) {
        // steps first: the migration read after them is never behind them, so the bar never runs ahead of the phase
        List<JsonNode> steps = steps(vm);
        JsonNode migration = api.get("/vms/" + vm.id() + "/migrations").path("migration").path(0);
        JsonNode changes = api.get("/vms/" + vm.id() + "/datapath").path("changes");
        String traffic = changes.isEmpty() ? "none" : changes.get(changes.size() - 1).path("path").asText("none");
        return new MigrationStatus(vm, migration, steps, traffic);
    }

    private List<JsonNode> steps(DemoVm vm) {
        String job = jobByVm.computeIfAbsent(vm.name(), this::findJob);
        if (job == null) {
            return List.of();
        }
        List<JsonNode> steps = new ArrayList<>();
        api.get("/jobs/" + job + "/steps").path("step").forEach(steps::add);
        return steps;
    }

    /** The migration job of the VM: "Migrating VM <name> to <host>"; null until the engine opened it. */
    private String findJob(String vmName) {
        for (JsonNode job : api.get("/jobs?max=50").path("job")) {
            if (job.path("description").asText().startsWith("Migrating VM " + vmName + " to ")) {
                return job.path("id").asText();
            }
        }
        return null;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted while waiting for the migrations", e);
        }
    }
}
