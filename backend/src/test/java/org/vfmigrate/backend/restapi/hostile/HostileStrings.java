package org.vfmigrate.backend.restapi.hostile;

import java.util.List;
import java.util.Random;

/**
 * Text that breaks careless code: SQL and template injection, path tricks, Unicode edge cases (NUL, unpaired
 * surrogates, bidirectional overrides, non-characters, digits of other scripts) and very long strings. None of it
 * is a valid entity name, id, number or enum value; whether a free-text field may hold it is up to the caller.
 */
final class HostileStrings {

    static final List<String> SQL = List.of(
            "' OR '1'='1", "'; DROP TABLE vms; --", "1; DELETE FROM audit_log", "\" OR \"\"=\"", "admin'--",
            "1 UNION SELECT passwd FROM pg_shadow", "%' AND 1=1 AND '%'='", "$$; TRUNCATE hosts CASCADE; $$",
            "\\'; UPDATE vms SET status='UP'; --", "x' || pg_sleep(10) || '", "0x27 OR 1=1");

    static final List<String> UNICODE = List.of(
            "\u0000", "nic\u0000", "a\u0000b", "\uD800", "vm\uDBFF", "\uDC00x", "\uDC00\uD800",
            "\u202Eevil\u202C", "ad\u200Bmin", "\uFEFFname", "\uFFFF", "\uFFFE", "e\u0301\u0301\u0301\u0301",
            "\uD83D\uDCA5", "\u0430dmin", "\u0661\u0662\u0663", "\uFF11\uFF12", "line\u2028break", "\u0007\u001B[31m",
            "x\r\nSet-Cookie: a=b", "tab\there", "\u0085next", "\u00A0", "\u061C\u2066\u2069");

    static final List<String> TRICKS = List.of(
            "../../etc/passwd", "..\\..\\windows", "%00", "%s%s%s%n", "${jndi:ldap://127.0.0.1/a}", "{{7*7}}",
            "<script>alert(1)</script>", "]]><x/>", "&amp;", "#{1+1}", "*", "?", ";", "", " ", "null", "undefined",
            "true", "[]", "{}");

    static final List<String> NUMBERS = List.of(
            "-1", "0", "NaN", "Infinity", "-Infinity", "1e309", "9223372036854775808", "-9223372036854775809",
            "0x1F", "1_000", "+-1", "1.5", "1,5", "99999999999999999999999999", "\u0661", "\uFF15", " ", "", "0.0.1");

    private HostileStrings() {
    }

    /** Any hostile string, sometimes very long. */
    static String any(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> pick(random, SQL);
            case 1 -> pick(random, UNICODE);
            case 2 -> pick(random, TRICKS);
            case 3 -> longText(random);
            default -> pick(random, SQL) + pick(random, UNICODE);
        };
    }

    /** A long string: plain letters, multi-byte letters, or a hostile string repeated. */
    static String longText(Random random) {
        int length = 300 + random.nextInt(20_000);
        String unit = switch (random.nextInt(3)) {
            case 0 -> "a";
            case 1 -> "\u00E9\u4E2D";
            default -> pick(random, SQL);
        };
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    /** A string no id parser may accept, short enough to fit in a request line; never blank (blank means "none"). */
    static String notAnId(Random random) {
        return matching(random, HostileStrings::notAnIdOrBlank, v -> !v.isBlank());
    }

    private static String notAnIdOrBlank(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> pick(random, SQL);
            case 1 -> pick(random, UNICODE);
            case 2 -> pick(random, TRICKS);
            case 3 -> pick(random, NUMBERS);
            case 4 -> "{" + java.util.UUID.randomUUID() + "}";
            default -> java.util.UUID.randomUUID().toString().substring(0, 35) + pick(random, List.of("g", "Z", "-", "!"));
        };
    }

    /** A value from {@code source} that satisfies {@code wanted}. */
    static String matching(Random random, java.util.function.Function<Random, String> source,
            java.util.function.Predicate<String> wanted) {
        while (true) {
            String value = source.apply(random);
            if (wanted.test(value)) {
                return value;
            }
        }
    }

    static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
