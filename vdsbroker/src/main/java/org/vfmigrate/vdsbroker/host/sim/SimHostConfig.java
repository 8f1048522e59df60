package org.vfmigrate.vdsbroker.host.sim;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vfmigrate.vdsbroker.vm.PciAddress;

/**
 * Static configuration of one simulated host: its PCI inventory, the bridges it has, and its behaviour.
 *
 * @param name host name ({@code sim://<name>})
 * @param physicalFunctions SR-IOV PFs
 * @param bridges Linux bridges present
 * @param settings faults and latencies (replaceable at runtime)
 */
public record SimHostConfig(String name, List<SimPhysicalFunction> physicalFunctions, Set<String> bridges,
                            SimSettings settings) {

    public SimHostConfig {
        Objects.requireNonNull(name, "name");
        physicalFunctions = List.copyOf(physicalFunctions);
        bridges = Set.copyOf(bridges);
        settings = settings == null ? SimSettings.ZERO_LATENCY : settings;
    }

    /**
     * A typical host: one PF {@code 0000:3b:00.0} with {@code vfCount} VFs serving {@code sriovNetworks},
     * and the given bridges.
     */
    public static SimHostConfig typical(String name, int vfCount, Set<String> sriovNetworks, Set<String> bridges) {
        return new SimHostConfig(name,
            List.of(new SimPhysicalFunction(new PciAddress(0, 0x3b, 0, 0), "ens1f0", vfCount, sriovNetworks)),
            bridges, SimSettings.ZERO_LATENCY);
    }

    /** The same host with other settings. */
    public SimHostConfig withSettings(SimSettings newSettings) {
        return new SimHostConfig(name, physicalFunctions, bridges, newSettings);
    }
}
