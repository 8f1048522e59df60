package org.vfmigrate.backend;

import org.vfmigrate.common.errors.Causes;
import java.io.PrintStream;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.WebServerException;
import org.vfmigrate.dal.db.InvalidSettingException;

/**
 * Says in one line why the engine did not start when the cause is the operator's to fix (a setting, a busy
 * port, an unreachable database); prints the whole trace only for what looks like a bug.
 */
final class StartupFailure {

    static final int EXIT_CONFIGURATION = 2;
    static final int EXIT_BUG = 1;

    private StartupFailure() {
    }

    static int report(Throwable failure, PrintStream err) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidSettingException) {
                err.println("vfmigrate: cannot start: " + t.getMessage());
                return EXIT_CONFIGURATION;
            }
            if (t instanceof PortInUseException p) {
                err.println("vfmigrate: cannot start: VFMIGRATE_PORT=" + p.getPort()
                        + " cannot be used: the port is already in use");
                return EXIT_CONFIGURATION;
            }
            if (t instanceof WebServerException) {
                err.println("vfmigrate: cannot start: cannot listen for HTTP: " + Causes.rootMessage(t)
                        + " (check VFMIGRATE_BIND and VFMIGRATE_PORT)");
                return EXIT_CONFIGURATION;
            }
        }
        err.println("vfmigrate: cannot start: " + Causes.rootMessage(failure));
        failure.printStackTrace(err);
        return EXIT_BUG;
    }

}
