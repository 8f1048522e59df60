package org.vfmigrate.backend.restapi.model;

/** {@code <user><name>admin@internal</name></user>} of an event. */
public class EventUser {

    public String name;

    public EventUser() {
    }

    public EventUser(String name) {
        this.name = name;
    }
}
