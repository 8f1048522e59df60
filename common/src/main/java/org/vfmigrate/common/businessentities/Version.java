package org.vfmigrate.common.businessentities;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compatibility version ({@code major.minor}), as carried by data centers and clusters. Failover
 * needs cluster level 4.6 or above (SPEC-failover.md rule 11), so versions compare numerically.
 */
public record Version(int major, int minor) implements Comparable<Version> {

    public static final Version V4_2 = new Version(4, 2);
    public static final Version V4_6 = new Version(4, 6);
    public static final Version V4_7 = new Version(4, 7);
    /** Lowest and highest levels this engine manages. */
    public static final Version MIN_SUPPORTED = V4_2;
    public static final Version MAX_SUPPORTED = V4_7;

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})");

    public Version {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("version parts must not be negative");
        }
    }

    /** Parses {@code "4.6"}; throws {@link IllegalArgumentException} with a readable reason otherwise. */
    public static Version parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a version of the form major.minor");
        }
        return new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public boolean isSupported() {
        return compareTo(MIN_SUPPORTED) >= 0 && compareTo(MAX_SUPPORTED) <= 0;
    }

    public boolean lessThan(Version other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Version o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }

    /** Null-safe string form for persistence. */
    public static String toValue(Version v) {
        return v == null ? null : v.toString();
    }

}
