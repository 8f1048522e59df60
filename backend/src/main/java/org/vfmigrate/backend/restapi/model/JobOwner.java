package org.vfmigrate.backend.restapi.model;

/** {@code <owner><name>admin@internal</name></owner>}: the user who started a job. */
public class JobOwner {

    public String name;

    public JobOwner() {
    }

    public JobOwner(String name) {
        this.name = name;
    }
}
