package org.vfmigrate.vdsbroker.vm;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A unicast MAC address, normalised to lower case colon form. Both halves of a failover pair carry the
 * same one.
 *
 * @param value {@code aa:bb:cc:dd:ee:ff}
 */
public record MacAddress(String value) {

    private static final Pattern FORMAT = Pattern.compile("([0-9a-f]{2}:){5}[0-9a-f]{2}");

    public MacAddress {
        value = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a MAC address: " + value);
        }
        if ((Integer.parseInt(value.substring(0, 2), 16) & 1) == 1) {
            throw new IllegalArgumentException("Not a unicast MAC address: " + value);
        }
    }

    public static MacAddress of(String value) {
        return new MacAddress(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
