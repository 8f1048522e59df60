package org.vfmigrate.vdsbroker.host.libvirt;

import com.sun.jna.Pointer;
import org.libvirt.Connect;
import org.libvirt.Library;
import org.libvirt.LibvirtException;
import org.libvirt.jna.Libvirt;
import org.libvirt.jna.virError;

/**
 * Process-wide libvirt setup, done once: silences libvirt's default error printing to stderr (errors still
 * come back as exceptions) and runs libvirt's default event loop on one daemon thread, which delivers every
 * connection's domain events. The error callback is a static field so JNA's native stub is never collected.
 */
final class LibvirtEventLoop {

    /** Strong reference: a collected JNA callback would crash the JVM when libvirt calls it. */
    private static final Libvirt.VirErrorCallback SILENT = new Libvirt.VirErrorCallback() {
        @Override
        public void errorCallback(Pointer userData, virError error) {
            // swallowed on purpose: every error is also raised as a LibvirtException and mapped there
        }
    };
    private static Thread thread;

    private LibvirtEventLoop() {
    }

    /** Starts the loop if not yet running. */
    static synchronized void ensureStarted() throws LibvirtException {
        if (thread != null) {
            return;
        }
        Connect.setErrorCallback(SILENT);
        Library.initEventLoop();
        Thread t = new Thread(LibvirtEventLoop::loop, "libvirt-event-loop");
        t.setDaemon(true);
        t.start();
        thread = t;
    }

    private static void loop() {
        try {
            Library.runEventLoop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (LibvirtException e) {
            // the loop only ends when libvirt fails; events stop, operations still work and fail cleanly
        }
    }
}
