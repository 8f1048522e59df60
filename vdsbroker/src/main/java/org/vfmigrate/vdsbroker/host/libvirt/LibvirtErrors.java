package org.vfmigrate.vdsbroker.host.libvirt;

import org.libvirt.Error;
import org.libvirt.LibvirtException;
import org.vfmigrate.vdsbroker.host.HostOperation;
import org.vfmigrate.vdsbroker.host.HostOperationException;

/** Maps libvirt errors to engine errors, once, keeping libvirt's message as the detail. */
final class LibvirtErrors {

    private LibvirtErrors() {
    }

    static HostOperationException map(String host, String vm, HostOperation op, LibvirtException e) {
        Error err = e.getError();
        String detail = err != null && err.getMessage() != null ? err.getMessage() : String.valueOf(e.getMessage());
        return new HostOperationException(host, vm, op, reason(err), detail, e);
    }

    private static HostOperationException.Reason reason(Error err) {
        if (err == null || err.getCode() == null) {
            return HostOperationException.Reason.FAILED;
        }
        return switch (err.getCode()) {
            case VIR_ERR_NO_SUPPORT, VIR_ERR_OPERATION_UNSUPPORTED, VIR_ERR_ARGUMENT_UNSUPPORTED ->
                HostOperationException.Reason.UNSUPPORTED;
            case VIR_ERR_NO_DOMAIN, VIR_ERR_DEVICE_MISSING, VIR_ERR_NO_NODE_DEVICE -> HostOperationException.Reason.NOT_FOUND;
            case VIR_ERR_OPERATION_ABORTED -> HostOperationException.Reason.ABORTED;
            case VIR_ERR_OPERATION_TIMEOUT -> HostOperationException.Reason.TIMEOUT;
            default -> HostOperationException.Reason.FAILED;
        };
    }
}
