package org.vfmigrate.backend.demo.migration;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Where one VM's migration is, as the API shows it: the migration (phase, times, timings), its job's steps, and
 * the path the guest's traffic is on right now.
 *
 * @param traffic the guest's current data path ({@code vf}, {@code virtio}, {@code paused}, {@code none})
 */
record MigrationStatus(DemoVm vm, JsonNode migration, List<JsonNode> steps, String traffic) {

    /** The kinds of the job's three steps, in order. */
    static final List<String> STEP_KINDS = List.of("unplugging_vfs", "migrating", "plugging_vfs");

    MigrationStatus {
        steps = List.copyOf(steps);
    }

    String phase() {
        return migration.path("phase").asText("reserved");
    }

    boolean finished() {
        return "done".equals(phase()) || "undone".equals(phase());
    }

    /**
     * The job's progress: each step counts for a third, a running one with its own progress (the migrating step's
     * is the share of memory copied); 100 once the migration is done.
     */
    int percent() {
        if ("done".equals(phase())) {
            return 100;
        }
        return STEP_KINDS.stream().mapToInt(this::stepProgress).sum() / STEP_KINDS.size();
    }

    /** The progress of the step of {@code kind}, 0 if it has not begun. */
    int stepProgress(String kind) {
        return steps.stream().filter(s -> kind.equals(s.path("kind").asText())).findFirst()
                .map(s -> s.path("progress").asInt(0)).orElse(0);
    }
}
