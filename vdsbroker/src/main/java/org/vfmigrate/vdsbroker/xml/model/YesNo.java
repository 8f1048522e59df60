package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;

/** libvirt's tri-state switch written as {@code yes}/{@code no} (e.g. {@code managed}, {@code trunk}). */
@XmlEnum
public enum YesNo {
    @XmlEnumValue("yes") YES,
    @XmlEnumValue("no") NO;

    public static YesNo of(boolean value) {
        return value ? YES : NO;
    }
}
