package org.vfmigrate.backend.restapi.security;

import org.springframework.http.HttpStatus;
import org.vfmigrate.backend.bll.CurrentUser;
import org.vfmigrate.backend.bll.EngineUser;
import org.vfmigrate.backend.restapi.ApiFaultException;

/**
 * For resources the read-only user may not even read (a VM's live domain XML, a simulated host's settings):
 * the authentication filter lets any authenticated GET through, so these check the user themselves.
 */
public final class AdminOnly {

    private AdminOnly() {
    }

    /** Throws a 403 fault unless the current user is an administrator. */
    public static void require(String what) {
        EngineUser user = CurrentUser.get();
        if (!user.admin()) {
            throw new ApiFaultException(HttpStatus.FORBIDDEN, "Forbidden",
                    "User " + user.name() + " may not access " + what + "; it needs an administrator.");
        }
    }
}
