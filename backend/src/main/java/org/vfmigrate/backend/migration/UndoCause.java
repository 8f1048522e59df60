package org.vfmigrate.backend.migration;

import java.util.Locale;

/**
 * Why a migration was undone, as the {@code cause} tag of the outcome metric: the source unplug failed, the
 * migration failed, a user cancelled it, the engine restarted mid-migration, or something else.
 */
enum UndoCause {
    UNPLUG, MIGRATE, CANCELLED, RESTART, OTHER;

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
