package org.vfmigrate.backend.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/**
 * How one test class ended, from failsafe's {@code TEST-<class>.xml}: counts of tests, failures, errors and skips,
 * and its time. A class with no report did not run: either it is not part of this build (work not merged yet), or
 * the build stopped before it.
 */
record SuiteOutcome(boolean inBuild, boolean ran, int tests, int failures, int errors, int skipped, double seconds) {

    static SuiteOutcome read(Path reports, String simpleName, boolean inBuild) throws IOException {
        SuiteOutcome notRun = new SuiteOutcome(inBuild, false, 0, 0, 0, 0, 0);
        if (!Files.isDirectory(reports)) {
            return notRun;
        }
        Path report;
        try (Stream<Path> files = Files.list(reports)) {
            report = files.filter(f -> f.getFileName().toString().endsWith("." + simpleName + ".xml")
                    && f.getFileName().toString().startsWith("TEST-")).findFirst().orElse(null);
        }
        if (report == null) {
            return notRun;
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element suite = f.newDocumentBuilder().parse(report.toFile()).getDocumentElement();
            return new SuiteOutcome(true, true, number(suite, "tests"), number(suite, "failures"), number(suite, "errors"),
                    number(suite, "skipped"), Double.parseDouble(suite.getAttribute("time").replace(",", "")));
        } catch (Exception e) {
            throw new IOException("cannot read " + report, e);
        }
    }

    boolean passed() {
        return ran && tests > skipped && failures == 0 && errors == 0;
    }

    String text() {
        if (!ran) {
            return inBuild ? "**did not run**" : "not in this build";
        }
        if (failures + errors > 0) {
            return "**failed** (" + (failures + errors) + " of " + tests + ")";
        }
        return tests > skipped ? "passed" : "skipped";
    }

    String durationText() {
        return ran ? Markdown.duration(seconds) : "—";
    }

    private static int number(Element e, String attribute) {
        String value = e.getAttribute(attribute);
        return value.isEmpty() ? 0 : Integer.parseInt(value);
    }
}
