package org.vfmigrate.vdsbroker.host;

import org.vfmigrate.common.errors.EngineException;

/**
 * A host operation failed. Raised only at the driver boundary, where libvirt (or simulated libvirt) errors
 * are mapped once; the message names the operation, the VM and the host and keeps the hypervisor's own
 * text as the detail, e.g. {@code Cannot hot-plug an interface into VM 'vm1' on host sim://h1: unsupported
 * configuration: non unique alias detected: ua-x}.
 */
public class HostOperationException extends EngineException {

    /** Why the operation failed, for callers that react differently (retry, undo, give up). */
    public enum Reason {
        /** The hypervisor refused or failed the operation. */
        FAILED,
        /** No completion within the caller's timeout; the operation may still complete later. */
        TIMEOUT,
        /** The driver or hypervisor does not support the operation. */
        UNSUPPORTED,
        /** The domain or device does not exist. */
        NOT_FOUND,
        /** The operation was cancelled (e.g. a cancelled migration). */
        ABORTED
    }

    private final String host;
    private final String vm;
    private final HostOperation operation;
    private final Reason reason;
    private final String detail;

    public HostOperationException(String host, String vm, HostOperation operation, Reason reason, String detail,
                                  Throwable cause) {
        super(format(host, vm, operation, detail), cause);
        this.host = host;
        this.vm = vm;
        this.operation = operation;
        this.reason = reason;
        this.detail = detail;
    }

    public HostOperationException(String host, String vm, HostOperation operation, Reason reason, String detail) {
        this(host, vm, operation, reason, detail, null);
    }

    private static String format(String host, String vm, HostOperation op, String detail) {
        String target = vm == null ? "host " + host : "VM '" + vm + "' on host " + host;
        return "Cannot " + op.verb() + " " + target + ": " + detail;
    }

    public String host() {
        return host;
    }

    public String vm() {
        return vm;
    }

    public HostOperation operation() {
        return operation;
    }

    public Reason reason() {
        return reason;
    }

    /** The hypervisor's own error text. */
    public String detail() {
        return detail;
    }
}
