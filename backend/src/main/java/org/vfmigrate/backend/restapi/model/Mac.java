package org.vfmigrate.backend.restapi.model;

/** {@code <mac><address>56:6f:00:00:00:01</address></mac>}. */
public class Mac {

    public String address;

    public Mac() {
    }

    public Mac(String address) {
        this.address = address;
    }
}
