package org.vfmigrate.common.businessentities.vm;

import java.util.Arrays;
import java.util.Optional;

/**
 * Guest operating systems by their oVirt type names, and whether each can run {@code net_failover} (SPEC rule
 * 13): Linux with kernel 4.18 or later can; older kernels cannot; for Windows it depends on the VirtIO driver
 * version (0.1.189 or later), which the engine cannot see, so it is unknown, as are the generic types.
 */
public enum GuestOs {
    RHEL_6X64("rhel_6x64", FailoverSupport.UNSUPPORTED),
    RHEL_7X64("rhel_7x64", FailoverSupport.UNSUPPORTED),
    RHEL_8X64("rhel_8x64", FailoverSupport.SUPPORTED),
    RHEL_9X64("rhel_9x64", FailoverSupport.SUPPORTED),
    UBUNTU_18_04("ubuntu_18_04", FailoverSupport.UNSUPPORTED),
    UBUNTU_20_04("ubuntu_20_04", FailoverSupport.SUPPORTED),
    UBUNTU_22_04("ubuntu_22_04", FailoverSupport.SUPPORTED),
    DEBIAN_9("debian_9", FailoverSupport.UNSUPPORTED),
    DEBIAN_11("debian_11", FailoverSupport.SUPPORTED),
    DEBIAN_12("debian_12", FailoverSupport.SUPPORTED),
    WINDOWS_2016X64("windows_2016x64", FailoverSupport.UNKNOWN),
    WINDOWS_2019X64("windows_2019x64", FailoverSupport.UNKNOWN),
    WINDOWS_2022("windows_2022", FailoverSupport.UNKNOWN),
    OTHER_LINUX("other_linux", FailoverSupport.UNKNOWN),
    OTHER("other", FailoverSupport.UNKNOWN);

    /** Whether the guest can run net_failover. */
    public enum FailoverSupport {
        SUPPORTED, UNSUPPORTED, UNKNOWN
    }

    private final String apiName;
    private final FailoverSupport failoverSupport;

    GuestOs(String apiName, FailoverSupport failoverSupport) {
        this.apiName = apiName;
        this.failoverSupport = failoverSupport;
    }

    public String apiName() {
        return apiName;
    }

    public FailoverSupport failoverSupport() {
        return failoverSupport;
    }

    public static Optional<GuestOs> byApiName(String name) {
        return Arrays.stream(values()).filter(o -> o.apiName.equals(name)).findFirst();
    }
}
