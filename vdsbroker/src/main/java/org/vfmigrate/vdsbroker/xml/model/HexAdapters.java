package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/**
 * Adapters for the PCI address attributes, which libvirt reads as decimal or {@code 0x} hex and
 * writes as zero-padded hex ({@code domain='0x0000' bus='0x3b' slot='0x02' function='0x0'}).
 */
public final class HexAdapters {

    private HexAdapters() {
    }

    private static Integer parse(String v) {
        return v == null || v.isBlank() ? null : Integer.decode(v.trim());
    }

    /** Four hex digits (PCI domain). */
    public static final class Hex4 extends XmlAdapter<String, Integer> {
        @Override
        public Integer unmarshal(String v) {
            return parse(v);
        }

        @Override
        public String marshal(Integer v) {
            return v == null ? null : String.format("0x%04x", v);
        }
    }

    /** Two hex digits (PCI bus and slot). */
    public static final class Hex2 extends XmlAdapter<String, Integer> {
        @Override
        public Integer unmarshal(String v) {
            return parse(v);
        }

        @Override
        public String marshal(Integer v) {
            return v == null ? null : String.format("0x%02x", v);
        }
    }

    /** One hex digit (PCI function). */
    public static final class Hex1 extends XmlAdapter<String, Integer> {
        @Override
        public Integer unmarshal(String v) {
            return parse(v);
        }

        @Override
        public String marshal(Integer v) {
            return v == null ? null : "0x" + Integer.toHexString(v);
        }
    }
}
