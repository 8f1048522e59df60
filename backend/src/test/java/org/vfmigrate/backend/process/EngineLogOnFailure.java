package org.vfmigrate.backend.process;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Prints the tail of an engine process's output when a test fails, since what the engine logged is usually what
 * explains an answer it gave. Use: {@code @RegisterExtension static EngineLogOnFailure log = new
 * EngineLogOnFailure(() -> engine);}
 */
public final class EngineLogOnFailure implements TestWatcher {

    private static final int LINES = 80;

    private final Supplier<EngineProcess> engine;

    public EngineLogOnFailure(Supplier<EngineProcess> engine) {
        this.engine = engine;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        EngineProcess e = engine.get();
        RunLog log = e == null ? null : e.log();
        if (log != null) {
            System.err.println(context.getDisplayName() + " failed; the engine (" + e.state() + ") wrote:"
                    + log.tail(LINES));
        }
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        testFailed(context, cause);
    }
}
