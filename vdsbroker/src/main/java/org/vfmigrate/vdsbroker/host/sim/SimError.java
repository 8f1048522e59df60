package org.vfmigrate.vdsbroker.host.sim;

import org.vfmigrate.vdsbroker.host.HostOperationException;

/**
 * A simulated libvirt error: libvirt's own message text (with its error-code prefix, e.g.
 * {@code unsupported configuration: …}) and how the engine should read it. Internal to the simulator;
 * {@link SimHost} maps it to {@link HostOperationException} at the driver boundary.
 */
final class SimError extends RuntimeException {

    private final HostOperationException.Reason reason;

    private SimError(HostOperationException.Reason reason, String libvirtMessage) {
        super(libvirtMessage, null, false, false);
        this.reason = reason;
    }

    HostOperationException.Reason reason() {
        return reason;
    }

    /** VIR_ERR_CONFIG_UNSUPPORTED. */
    static SimError config(String text) {
        return new SimError(HostOperationException.Reason.FAILED, "unsupported configuration: " + text);
    }

    /** VIR_ERR_OPERATION_INVALID. */
    static SimError invalid(String text) {
        return new SimError(HostOperationException.Reason.FAILED, "Requested operation is not valid: " + text);
    }

    /** VIR_ERR_OPERATION_UNSUPPORTED. */
    static SimError unsupported(String text) {
        return new SimError(HostOperationException.Reason.UNSUPPORTED, "Operation not supported: " + text);
    }

    /** VIR_ERR_OPERATION_FAILED. */
    static SimError failed(String text) {
        return new SimError(HostOperationException.Reason.FAILED, "operation failed: " + text);
    }

    /** VIR_ERR_OPERATION_ABORTED. */
    static SimError aborted(String text) {
        return new SimError(HostOperationException.Reason.ABORTED, "operation aborted: " + text);
    }

    /** VIR_ERR_NO_DOMAIN. */
    static SimError noDomain(String name) {
        return new SimError(HostOperationException.Reason.NOT_FOUND,
            "Domain not found: no domain with matching name '" + name + "'");
    }

    /** VIR_ERR_DEVICE_MISSING. */
    static SimError deviceMissing(String text) {
        return new SimError(HostOperationException.Reason.NOT_FOUND, "device not found: " + text);
    }

    /** VIR_ERR_XML_ERROR / VIR_ERR_SYSTEM_ERROR and other texts used verbatim. */
    static SimError raw(String text) {
        return new SimError(HostOperationException.Reason.FAILED, text);
    }
}
