package org.vfmigrate.backend.host;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.vfmigrate.vdsbroker.host.HostDriver;
import org.vfmigrate.vdsbroker.host.HostDriverFactory;
import org.vfmigrate.vdsbroker.host.HostDriverRegistry;
import org.vfmigrate.vdsbroker.host.libvirt.LibvirtAddress;
import org.vfmigrate.vdsbroker.host.sim.SimEnvironment;
import org.vfmigrate.vdsbroker.host.sim.SimHost;
import org.vfmigrate.vdsbroker.host.sim.SimHostConfig;
import org.vfmigrate.vdsbroker.host.sim.SimHostDriverFactory;

/**
 * The engine's way to a host: the driver for its address, from one registry shared by the whole engine. A
 * simulated host's hardware is described in its address and created on first use:
 * {@code sim://h1?vfs=8&networks=sriov-net&bridges=ovirtmgmt} is one PF with 8 VFs serving {@code sriov-net} and
 * a bridge {@code ovirtmgmt}. A libvirt host's address says in the same way what libvirt cannot tell, its PF
 * networks and bridges ({@link LibvirtAddress}); those parameters never reach libvirt.
 */
public class HostDrivers implements AutoCloseable {

    private final HostDriverRegistry registry;
    private final SimEnvironment simulation;
    private final List<HostDriverFactory> factories;
    private final boolean ownsSimulation;

    public HostDrivers(SimEnvironment simulation, List<HostDriverFactory> factories) {
        this(simulation, true, factories);
    }

    /** With {@code ownsSimulation} false, closing the drivers leaves the simulated hosts running. */
    public HostDrivers(SimEnvironment simulation, boolean ownsSimulation, List<HostDriverFactory> factories) {
        this.simulation = simulation;
        this.ownsSimulation = ownsSimulation;
        this.factories = List.copyOf(factories);
        this.registry = new HostDriverRegistry(factories);
    }

    /** Whether some driver handles the address. */
    public boolean supports(String address) {
        return address != null && factories.stream().anyMatch(f -> f.supports(address));
    }

    /** The driver of the host at {@code address}, provisioning a simulated host if needed. */
    public HostDriver driver(String address) {
        if (isSimulated(address)) {
            provision(address);
            return registry.driverFor(SimHostDriverFactory.SCHEME + SimHostDriverFactory.hostName(address));
        }
        return registry.driverFor(address);
    }

    /** The simulated host behind an address, if it is one. */
    public Optional<SimHost> simulated(String address) {
        if (!isSimulated(address)) {
            return Optional.empty();
        }
        driver(address);
        return simulation.find(SimHostDriverFactory.hostName(address));
    }

    /** The address a source host migrates to for a destination host. */
    public static String migrationUri(String address) {
        return isSimulated(address) ? SimHostDriverFactory.SCHEME + SimHostDriverFactory.hostName(address)
                : LibvirtAddress.connectUri(address);
    }

    public SimEnvironment simulation() {
        return simulation;
    }

    public void release(String address) {
        registry.release(isSimulated(address)
                ? SimHostDriverFactory.SCHEME + SimHostDriverFactory.hostName(address) : address);
    }

    public static boolean isSimulated(String address) {
        return address != null && address.startsWith(SimHostDriverFactory.SCHEME);
    }

    private void provision(String address) {
        String name = SimHostDriverFactory.hostName(address);
        if (simulation.find(name).isPresent()) {
            return;
        }
        Map<String, String> q = query(address);
        int vfs = Integer.parseInt(q.getOrDefault("vfs", "0"));
        simulation.addHost(SimHostConfig.typical(name, vfs, list(q.get("networks")), list(q.get("bridges"))));
    }

    private static Map<String, String> query(String address) {
        int at = address.indexOf('?');
        if (at < 0) {
            return Map.of();
        }
        return Arrays.stream(address.substring(at + 1).split("&")).filter(p -> p.contains("="))
                .collect(Collectors.toMap(p -> p.substring(0, p.indexOf('=')), p -> p.substring(p.indexOf('=') + 1),
                        (a, b) -> b));
    }

    private static Set<String> list(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList(csv.split(",")));
    }

    /**
     * Checks what a supported address says about its host (a simulated host's hardware, a libvirt host's PF
     * networks and bridges) before anything is stored; null when it is fine.
     */
    public String addressProblem(String address) {
        if (isSimulated(address)) {
            return simulatedAddressProblem(address);
        }
        return factories.stream().filter(f -> f.supports(address)).findFirst()
                .map(f -> f.addressProblem(address)).orElse(null);
    }

    private static String simulatedAddressProblem(String address) {
        if (!SimHostDriverFactory.hostName(address).matches("[A-Za-z0-9_.-]{1,64}")) {
            return "the simulated host needs a name of letters, digits, '-', '_' and '.'";
        }
        String vfs = query(address).get("vfs");
        boolean vfsValid = vfs == null || vfs.matches("\\d{1,2}") && Integer.parseInt(vfs) <= 32;
        if (!vfsValid) {
            return "vfs must be a number from 0 to 32";
        }
        return null;
    }

    @Override
    public void close() {
        registry.close();
        if (ownsSimulation) {
            simulation.close();
        }
    }
}
