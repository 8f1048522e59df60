package org.vfmigrate.backend.restapi.model;

/** {@code <pass_through><mode>enabled|disabled</mode></pass_through>}. */
public class PassThrough {

    public String mode;

    public PassThrough() {
    }

    public PassThrough(String mode) {
        this.mode = mode;
    }
}
