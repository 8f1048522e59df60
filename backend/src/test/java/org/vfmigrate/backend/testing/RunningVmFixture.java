package org.vfmigrate.backend.testing;

import java.util.List;
import java.util.UUID;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddHostParameters;
import org.vfmigrate.common.action.HostIdParameters;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.vdsbroker.host.sim.SimFault;
import org.vfmigrate.vdsbroker.host.sim.SimHost;
import org.vfmigrate.vdsbroker.host.sim.SimSettings;

/**
 * A data center ready for failover VMs: networks {@code ovirtmgmt} (bridged) and {@code sriov-net}, profiles
 * {@code mgmt} and {@code sriov-vf} (failover → mgmt), and simulated hosts whose names are unique per test
 * (simulated hosts live as long as the engine).
 */
public final class RunningVmFixture {

    public final UUID dc;
    public final UUID cluster;
    public final UUID mgmtNet;
    public final UUID sriovNet;
    public final UUID mgmt;
    public final UUID sriovVf;
    public final UUID legacyVf;
    private final EngineTestBase test;
    private final HostDrivers drivers;

    public RunningVmFixture(EngineTestBase test, HostDrivers drivers) {
        this.test = test;
        this.drivers = drivers;
        dc = test.dataCenter("dc", Version.V4_6);
        cluster = test.cluster(dc, "cluster", Version.V4_6);
        Network ovirtmgmt = new Network(null, "ovirtmgmt", dc);
        ovirtmgmt.setBridgeName("ovirtmgmt");
        mgmtNet = test.network(ovirtmgmt);
        sriovNet = test.network(dc, "sriov-net");
        mgmt = test.profile(mgmtNet, "mgmt");
        sriovVf = test.vfProfile(sriovNet, "sriov-vf", mgmt);
        legacyVf = test.vfProfile(sriovNet, "legacy-vf", null);
    }

    /** An up simulated host with {@code vfs} VFs on sriov-net and the ovirtmgmt bridge; returns its id. */
    public UUID host(String name, int vfs) {
        return host(name, vfs, "ovirtmgmt");
    }

    public UUID host(String name, int vfs, String bridges) {
        String address = "sim://" + name + "-" + UUID.randomUUID().toString().substring(0, 8) + "?vfs=" + vfs
                + "&networks=sriov-net&bridges=" + bridges;
        UUID id = test.runOk(ActionType.ADD_HOST, new AddHostParameters(new Host(null, name, address, cluster)));
        test.runOk(ActionType.ACTIVATE_HOST, new HostIdParameters(id));
        return id;
    }

    public SimHost sim(UUID hostId) {
        Host host = test.inTransaction(() -> test.hostDao.get(hostId));
        return drivers.simulated(host.getAddress()).orElseThrow();
    }

    /** Injects faults into a host, in order (a {@code pass} entry lets a call through). */
    public void faults(UUID hostId, SimFault... faults) {
        sim(hostId).configure(SimSettings.ZERO_LATENCY.withFaults(List.of(faults)));
    }

    public static SimFault fault(SimFault.Operation op, String vm, SimFault.Kind kind) {
        return new SimFault(op, vm, kind, 1, null, null);
    }
}
