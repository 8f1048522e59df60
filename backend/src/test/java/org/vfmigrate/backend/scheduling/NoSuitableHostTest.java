package org.vfmigrate.backend.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vfmigrate.backend.scheduling.SchedulingResult.NoSuitableHost;

/** The one-line rendering of "no suitable host" for messages, bounded to the first hosts. */
class NoSuitableHostTest {

    @Test
    void eachHostIsRenderedWithItsReasonsJoinedByAnd() {
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        reasons.put("h1", List.of("network(s) ovirtmgmt are missing"));
        reasons.put("h2", List.of("the host is not up (status maintenance)",
                "there are no free virtual functions which are suitable for virtual nic(s) nic1"));

        assertThat(new NoSuitableHost(reasons).summary()).isEqualTo(
                "host h1: network(s) ovirtmgmt are missing; host h2: the host is not up (status maintenance) and "
                        + "there are no free virtual functions which are suitable for virtual nic(s) nic1");
    }

    @Test
    void fiveHostsAreAllShown() {
        assertThat(new NoSuitableHost(hosts(5)).summary())
                .isEqualTo("host h1: r; host h2: r; host h3: r; host h4: r; host h5: r");
    }

    @Test
    void beyondFiveHostsTheRestIsCounted() {
        assertThat(new NoSuitableHost(hosts(1000)).summary())
                .isEqualTo("host h1: r; host h2: r; host h3: r; host h4: r; host h5: r; … and 995 more");
    }

    @Test
    void theReasonsCannotBeChangedAfterwards() {
        Map<String, List<String>> reasons = hosts(2);
        NoSuitableHost result = new NoSuitableHost(reasons);
        reasons.put("h9", List.of("late"));

        assertThat(result.reasonsByHost()).containsOnlyKeys("h1", "h2");
    }

    private static Map<String, List<String>> hosts(int count) {
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            reasons.put("h" + i, List.of("r"));
        }
        return reasons;
    }
}
