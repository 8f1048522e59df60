package org.vfmigrate.backend.reliability;

import java.net.http.HttpResponse;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Two requests sent at the same moment from two threads (they meet at a barrier, then both send), typically the
 * same request to two engines; both answers come back, counted in {@link Answers}, a null for a failed connection.
 */
final class Race implements AutoCloseable {

    private final ExecutorService pair = Executors.newFixedThreadPool(2);
    private final Answers answers;

    Race(Answers answers) {
        this.answers = answers;
    }

    /** Both answers, in the order given. */
    Pair run(String whatA, Supplier<HttpResponse<String>> a, String whatB, Supplier<HttpResponse<String>> b) {
        CyclicBarrier together = new CyclicBarrier(2);
        Future<HttpResponse<String>> first = pair.submit(() -> {
            together.await();
            return answers.send(whatA, a);
        });
        Future<HttpResponse<String>> second = pair.submit(() -> {
            together.await();
            return answers.send(whatB, b);
        });
        try {
            return new Pair(first.get(), second.get());
        } catch (ExecutionException e) {
            throw new AssertionError("a racing request failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Two answers; {@link #statuses} reads {@code 200+409}, a failed connection as {@code cut}. */
    record Pair(HttpResponse<String> a, HttpResponse<String> b) {

        String statuses() {
            return status(a) + "+" + status(b);
        }

        static int code(HttpResponse<String> r) {
            return r == null ? -1 : r.statusCode();
        }

        private static String status(HttpResponse<String> r) {
            return r == null ? "cut" : Integer.toString(r.statusCode());
        }
    }

    @Override
    public void close() {
        pair.shutdownNow();
    }
}
