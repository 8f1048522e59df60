package org.vfmigrate.backend.bench;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the kind of an SQL statement as the report lists them: the verb and the table it works on
 * ({@code select vms}, {@code update migrations}, {@code insert audit_log}), or the function a bare
 * {@code select} calls ({@code select pg_try_advisory_xact_lock}).
 */
final class StatementKinds {

    private static final Pattern WRITE = Pattern.compile("^(insert into|update|delete from)\\s+\"?(\\w+)");
    private static final Pattern FROM = Pattern.compile("\\bfrom\\s+\"?(\\w+)");
    private static final Pattern CALL = Pattern.compile("^select\\s+(\\w+)\\s*\\(");

    private StatementKinds() {
    }

    static String kindOf(String sql) {
        String s = sql.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher write = WRITE.matcher(s);
        if (write.find()) {
            return write.group(1).split(" ")[0] + " " + write.group(2);
        }
        if (s.startsWith("select")) {
            Matcher call = CALL.matcher(s);
            if (call.find() && !s.contains(" from ")) {
                return "select " + call.group(1);
            }
            Matcher from = FROM.matcher(s);
            if (from.find()) {
                return "select " + from.group(1);
            }
        }
        String[] words = s.split(" ");
        return words.length > 1 ? words[0] + " " + words[1] : words[0];
    }

    /** How many statements of each kind, most frequent first (then by name). */
    static Map<String, Integer> count(List<String> statements) {
        Map<String, Integer> byKind = new TreeMap<>();
        statements.forEach(s -> byKind.merge(kindOf(s), 1, Integer::sum));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        byKind.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
