package org.vfmigrate.backend.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A Markdown document being written: paragraphs, headings, code blocks and tables, with number formatting. */
final class Markdown {

    private final StringBuilder text = new StringBuilder();

    Markdown heading(int level, String title) {
        text.append("#".repeat(level)).append(' ').append(title).append("\n\n");
        return this;
    }

    Markdown paragraph(String... sentences) {
        text.append(String.join(" ", sentences)).append("\n\n");
        return this;
    }

    Markdown code(String... lines) {
        text.append("```sh\n").append(String.join("\n", lines)).append("\n```\n\n");
        return this;
    }

    Markdown table(Table table) {
        text.append(table.render()).append('\n');
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** A table; columns whose header starts with {@code >} are right-aligned. */
    static final class Table {

        private final List<String> headers;
        private final List<List<String>> rows = new ArrayList<>();

        Table(String... headers) {
            this.headers = List.of(headers);
        }

        Table row(Object... cells) {
            if (cells.length != headers.size()) {
                throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
            }
            List<String> row = new ArrayList<>();
            for (Object c : cells) {
                row.add(String.valueOf(c));
            }
            rows.add(row);
            return this;
        }

        String render() {
            StringBuilder b = new StringBuilder("|");
            StringBuilder rule = new StringBuilder("|");
            for (String h : headers) {
                boolean right = h.startsWith(">");
                b.append(' ').append(right ? h.substring(1) : h).append(" |");
                rule.append(right ? "---:|" : "---|");
            }
            b.append('\n').append(rule).append('\n');
            for (List<String> row : rows) {
                b.append('|');
                row.forEach(c -> b.append(' ').append(c).append(" |"));
                b.append('\n');
            }
            return b.toString();
        }
    }

    /** A figure with as many decimals as its size deserves: 0.0064, 0.73, 12.7, 1,527. */
    static String num(double value) {
        double a = Math.abs(value);
        String pattern = a == 0 ? "%.0f" : a < 0.01 ? "%.4f" : a < 1 ? "%.3f" : a < 10 ? "%.2f" : a < 100 ? "%.1f" : "%,.0f";
        return String.format(Locale.ROOT, pattern, value);
    }

    /** A whole number with thousands separators. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String metOrNot(boolean met) {
        return met ? "**met**" : "**not met**";
    }
}
