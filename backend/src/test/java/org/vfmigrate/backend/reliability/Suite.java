package org.vfmigrate.backend.reliability;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One part of the reliability suite as the report presents it: its test class, a title, what it does, and which
 * of its figures tell its scale (kill points, seconds of load, requests).
 */
record Suite(String testClass, String title, String description, List<String> scaleFigures) {

    /** A part the report knows nothing about but its figures. */
    static Suite other(String testClass) {
        return new Suite(testClass, testClass, "Figures as the test wrote them.", List.of());
    }

    /** {@code kill points 50} and the like, from the figures; a dash when none is known. */
    String scale(Map<String, String> figures) {
        String scale = scaleFigures.stream().filter(figures::containsKey)
                .map(name -> name + " " + figures.get(name)).collect(Collectors.joining(", "));
        return scale.isEmpty() ? "—" : scale;
    }
}
