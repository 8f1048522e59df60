package org.vfmigrate.backend.bench.report;

import java.util.ArrayList;
import java.util.List;

/** The goals of DESIGN §8 as the sections judged them, for the summary at the top of the report. */
final class Goals {

    private record Goal(String goal, String figure, String verdict) {
    }

    private final List<Goal> goals = new ArrayList<>();

    void add(String goal, String figure, boolean met) {
        goals.add(new Goal(goal, figure, Markdown.metOrNot(met)));
    }

    /** A goal that asks for figures to be reported rather than reached. */
    void reported(String goal, String figure) {
        goals.add(new Goal(goal, figure, "reported"));
    }

    Markdown.Table table() {
        Markdown.Table t = new Markdown.Table("goal", "this run", "verdict");
        goals.forEach(g -> t.row(g.goal(), g.figure(), g.verdict()));
        return t;
    }
}
