package org.vfmigrate.backend.bll;

/** Who runs an action: a logged-in API user or the engine itself. */
public record EngineUser(String name, boolean admin) {

    public static final EngineUser SYSTEM = new EngineUser("SYSTEM", true);
}
