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

    /** The job's three steps, in order. */
    static final List<String> STEP_TYPES = List.of("unplugging_vfs", "migrating", "plugging_vfs");

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
        return STEP_TYPES.stream().mapToInt(this::stepProgress).sum() / STEP_TYPES.size();
    }

    /** The progress of the step of {@code type}, 0 if it has not begun. */
    int stepProgress(String type) {
        return steps.stream().filter(s -> type.equals(s.path("type").asText())).findFirst()
                .map(s -> s.path("progress").asInt(0)).orElse(0);
    }
}
