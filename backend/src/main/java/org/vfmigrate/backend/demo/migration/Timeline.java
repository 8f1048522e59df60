package org.vfmigrate.backend.demo.migration;

import java.util.List;

/**
 * What the demo draws: a title, a subtitle saying how the run was set up, and one lane per VM over
 * {@code seconds} of time.
 */
record Timeline(String title, String subtitle, double seconds, List<TimelineLane> lanes) {

    Timeline {
        lanes = List.copyOf(lanes);
        if (!(seconds > 0)) {
            throw new IllegalArgumentException("a timeline needs a positive length, was " + seconds);
        }
    }
}
