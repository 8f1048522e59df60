package org.vfmigrate.common.action;

/** The {@code ${action}} word of a message: what the user tried to do. */
public enum ActionVerb {
    ADD("add"),
    UPDATE("edit"),
    REMOVE("remove"),
    PLUG("plug"),
    UNPLUG("unplug"),
    RUN("run"),
    STOP("stop"),
    MIGRATE("migrate"),
    ACTIVATE("activate"),
    DEACTIVATE("deactivate"),
    CANCEL_MIGRATION("cancel migration for");

    private final String text;

    ActionVerb(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
