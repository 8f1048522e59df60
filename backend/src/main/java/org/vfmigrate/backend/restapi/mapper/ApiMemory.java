package org.vfmigrate.backend.restapi.mapper;

import org.vfmigrate.backend.restapi.ApiFaultException;

/**
 * Memory sizes between the API's bytes (oVirt counts memory in bytes) and the engine's MiB. A VM's memory must
 * be a whole number of MiB, at least one; a host's reported size is rounded down to whole MiB.
 */
public final class ApiMemory {

    public static final long MIB = 1024L * 1024L;

    private ApiMemory() {
    }

    public static String bytes(long mib) {
        return String.valueOf(mib * MIB);
    }

    /** A VM's memory in MiB from bytes; null when absent. */
    public static Long vmMib(String field, String text) {
        Long bytes = ApiValues.parseLong(field, text);
        if (bytes == null) {
            return null;
        }
        if (bytes < MIB || bytes % MIB != 0) {
            throw ApiFaultException.badValue(field, text.trim(),
                    "a size in bytes that is a whole number of MiB, at least " + MIB + " (1 MiB)");
        }
        return bytes / MIB;
    }

    /** A host's memory in MiB from bytes, rounded down; 0 means unknown. Null when absent. */
    public static Long hostMib(String field, String text) {
        Long bytes = ApiValues.parseLong(field, text);
        if (bytes == null) {
            return null;
        }
        if (bytes < 0) {
            throw ApiFaultException.badValue(field, text.trim(), "a size in bytes, 0 or more");
        }
        return bytes / MIB;
    }
}
