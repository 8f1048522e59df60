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
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new HostOperationException(host, vm, op, HostOperationException.Reason.FAILED,
                    String.valueOf(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HostOperationException(host, vm, op, HostOperationException.Reason.ABORTED, "interrupted");
        }
    }
}
