package org.vfmigrate.backend.load;

import java.util.List;
import org.vfmigrate.backend.testing.Xml;

/**
 * The conflicts a load client may meet on its own VM and that are no error: its earlier migration is still
 * running (the VM is being migrated, or locked by it), or the source host already runs as many outgoing migrations
 * as it may. Each must come as a well-formed fault naming the reason; anything else is an error.
 */
final class Conflicts {

    /** The engine's texts for these conflicts (EngineMessage), as they appear in the fault's detail. */
    static final List<String> LEGITIMATE = List.of(
            "is being migrated.",
            "Another operation on VM",
            "outgoing migration(s), its limit");

    private Conflicts() {
    }

    static boolean legitimate(String body) {
        try {
            Xml fault = Xml.parse(body);
            String detail = fault.text("/fault/detail");
            return "Operation Failed".equals(fault.text("/fault/reason"))
                    && LEGITIMATE.stream().anyMatch(detail::contains);
        } catch (AssertionError e) {
            return false;
        }
    }
}
