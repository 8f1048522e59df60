package org.vfmigrate.backend.bll;

/**
 * The user on whose behalf the current thread works, set by the API's authentication for the length of one
 * request; work the engine starts itself runs as {@link EngineUser#SYSTEM}.
 */
public final class CurrentUser {

    private static final ThreadLocal<EngineUser> USER = new ThreadLocal<>();

    private CurrentUser() {
    }

    public static EngineUser get() {
        EngineUser user = USER.get();
        return user != null ? user : EngineUser.SYSTEM;
    }


    public static void set(EngineUser user) {
        USER.set(user);
    }

    public static void clear() {
        USER.remove();
    }
}
