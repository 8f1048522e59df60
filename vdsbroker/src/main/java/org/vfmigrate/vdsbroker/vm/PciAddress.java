package org.vfmigrate.vdsbroker.vm;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A host PCI address {@code dddd:bb:ss.f}, the identity of a physical or virtual function.
 *
 * @param domain PCI domain (0–0xffff)
 * @param bus bus (0–0xff)
 * @param slot slot (0–0x1f)
 * @param function function (0–7)
 */
public record PciAddress(int domain, int bus, int slot, int function) implements Comparable<PciAddress> {

    private static final Pattern FORMAT =
        Pattern.compile("(?:([0-9a-fA-F]{1,4}):)?([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2})\\.([0-7])");

    public PciAddress {
        check(domain, 0xffff, "domain");
        check(bus, 0xff, "bus");
        check(slot, 0x1f, "slot");
        check(function, 7, "function");
    }

    private static void check(int value, int max, String what) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException("PCI " + what + " out of range: " + value);
        }
    }

    /** Parses {@code 0000:3b:02.1} or {@code 3b:02.1}. */
    public static PciAddress parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a PCI address (expected dddd:bb:ss.f): " + text);
        }
        int domain = m.group(1) == null ? 0 : Integer.parseInt(m.group(1), 16);
        return new PciAddress(domain, Integer.parseInt(m.group(2), 16), Integer.parseInt(m.group(3), 16),
            Integer.parseInt(m.group(4)));
    }

    /** libvirt's node-device name for this address, e.g. {@code pci_0000_3b_02_1}. */
    public String nodeDeviceName() {
        return String.format(Locale.ROOT, "pci_%04x_%02x_%02x_%x", domain, bus, slot, function);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04x:%02x:%02x.%x", domain, bus, slot, function);
    }

    @Override
    public int compareTo(PciAddress o) {
        return Long.compare(key(), o.key());
    }

    private long key() {
        return ((long) domain << 16) | (bus << 8) | (slot << 3) | function;
    }
}
