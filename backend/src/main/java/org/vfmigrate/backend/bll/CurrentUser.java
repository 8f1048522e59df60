package org.vfmigrate.backend.bll;

import java.util.function.Supplier;

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

    /** Runs {@code work} as {@code user}, restoring the previous user afterwards. */
    public static <T> T runAs(EngineUser user, Supplier<T> work) {
        EngineUser previous = USER.get();
        USER.set(user);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                USER.remove();
            } else {
                USER.set(previous);
            }
        }
    }

    public static void set(EngineUser user) {
        USER.set(user);
    }

    public static void clear() {
        USER.remove();
    }
}
