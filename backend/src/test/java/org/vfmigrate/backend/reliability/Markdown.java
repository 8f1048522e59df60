package org.vfmigrate.backend.reliability;

/** A Markdown document built line by line, with the cell escaping and duration format the report uses. */
final class Markdown {

    private final StringBuilder text = new StringBuilder();

    Markdown line(String line) {
        text.append(line).append('\n');
        return this;
    }

    Markdown blank() {
        return line("");
    }

    /** A value fit for a table cell: pipes escaped, on one line. */
    static String cell(String value) {
        return value.replace("|", "\\|").replaceAll("\\s+", " ");
    }

    /** {@code 42 s}, {@code 12 min 3 s}, {@code 1 h 2 min}. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min " + s % 60 + " s";
        }
        return s / 3600 + " h " + s % 3600 / 60 + " min";
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
