package org.vfmigrate.vdsbroker.host.sim;

import java.util.List;
import org.vfmigrate.common.errors.EngineException;

/** Simulated-host settings that do not validate; lists every problem, one per line. */
public class SimSettingsException extends EngineException {

    private final List<String> problems;

    public SimSettingsException(List<String> problems) {
        super("Invalid simulated host settings: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
