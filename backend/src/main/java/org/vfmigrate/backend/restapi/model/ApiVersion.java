package org.vfmigrate.backend.restapi.model;

/** {@code <version><major>4</major><minor>6</minor></version>}. */
public class ApiVersion {

    public String major;

    public String minor;

    public ApiVersion() {
    }

    public ApiVersion(int major, int minor) {
        this.major = String.valueOf(major);
        this.minor = String.valueOf(minor);
    }
}
