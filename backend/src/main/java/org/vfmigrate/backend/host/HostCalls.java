package org.vfmigrate.backend.host;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.vfmigrate.vdsbroker.host.HostOperation;
import org.vfmigrate.vdsbroker.host.HostOperationException;

/** Waits for an asynchronous host operation with a bound, turning every way it can end into an engine error. */
public final class HostCalls {

    private HostCalls() {
    }

    public static <T> T await(CompletableFuture<T> operation, Duration bound, String host, String vm, HostOperation op) {
        try {
            return operation.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new HostOperationException(host, vm, op, HostOperationException.Reason.TIMEOUT,
                    "no answer within " + bound.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw failure(e, host, vm, op);
        } catch (InterruptedException e) {
            throw interrupted(host, vm, op);
        }
    }

    /** What an operation that ended exceptionally throws: its own engine error, or a host failure around it. */
    public static RuntimeException failure(ExecutionException e, String host, String vm, HostOperation op) {
        if (e.getCause() instanceof RuntimeException r) {
            return r;
        }
        return new HostOperationException(host, vm, op, HostOperationException.Reason.FAILED,
                String.valueOf(e.getCause()), e.getCause());
    }

    /** The wait for an operation was interrupted (the engine is stopping); keeps the thread's interrupt. */
    public static HostOperationException interrupted(String host, String vm, HostOperation op) {
        Thread.currentThread().interrupt();
        return new HostOperationException(host, vm, op, HostOperationException.Reason.ABORTED, "interrupted");
    }
}
