package org.vfmigrate.backend.demo.migration;

/** Why the demo could not go on, in words for the person running it. */
final class DemoFailure extends RuntimeException {

    DemoFailure(String message) {
        super(message);
    }

    DemoFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
