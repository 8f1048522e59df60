package org.vfmigrate.backend.demo;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.Backend;
import org.vfmigrate.backend.config.EngineSettings;
import org.vfmigrate.common.action.ActionParametersBase;
import org.vfmigrate.common.action.ActionReturnValue;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddClusterParameters;
import org.vfmigrate.common.action.AddDataCenterParameters;
import org.vfmigrate.common.action.AddHostParameters;
import org.vfmigrate.common.action.AddNetworkParameters;
import org.vfmigrate.common.action.AddVmInterfaceParameters;
import org.vfmigrate.common.action.AddVmParameters;
import org.vfmigrate.common.action.AddVnicProfileParameters;
import org.vfmigrate.common.action.HostIdParameters;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.DataCenter;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.businessentities.vm.GuestOs;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.dal.dao.DataCenterDao;
import org.vfmigrate.dal.dao.network.VnicProfileDao;

/**
 * Gives an empty engine something to look at: data center and cluster {@code Default} (level 4.6), networks
 * {@code ovirtmgmt} (bridged VM network, with its profile) and {@code sriov-net}, profile {@code sriov-vf}
 * (passthrough, migratable, failover to {@code ovirtmgmt}), two simulated hosts with 8 VFs each on
 * {@code sriov-net} and the {@code ovirtmgmt} bridge, and {@code demo-vm} running with a {@code sriov-vf} NIC.
 * Everything goes through the commands, so every rule applies and everything is audited. Off with
 * {@code VFMIGRATE_DEMO=false}; never touches a database that has data.
 */
@Component
public class DemoDataSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final Backend backend;
    private final DataCenterDao dataCenterDao;
    private final VnicProfileDao vnicProfileDao;
    private final EngineSettings settings;

    public DemoDataSeeder(Backend backend, DataCenterDao dataCenterDao, VnicProfileDao vnicProfileDao,
            EngineSettings settings) {
        this.backend = backend;
        this.dataCenterDao = dataCenterDao;
        this.vnicProfileDao = vnicProfileDao;
        this.settings = settings;
    }

    @Order(2)
    @EventListener(ApplicationStartedEvent.class)
    public void seedIfEmpty() {
        if (!settings.demo() || !dataCenterDao.getAll().isEmpty()) {
            return;
        }
        UUID dc = run(ActionType.ADD_DATA_CENTER, new AddDataCenterParameters(new DataCenter(null, "Default", Version.V4_6)));
        UUID cluster = run(ActionType.ADD_CLUSTER, new AddClusterParameters(new Cluster(null, "Default", dc, Version.V4_6)));
        UUID sriovVf = networksAndProfiles(dc);
        for (String name : new String[] {"host1", "host2"}) {
            Host host = new Host(null, name, "sim://" + name + "?vfs=8&networks=sriov-net&bridges=ovirtmgmt", cluster);
            host.setMemoryMib(65536);
            run(ActionType.ACTIVATE_HOST, new HostIdParameters(run(ActionType.ADD_HOST, new AddHostParameters(host))));
        }
        Vm vm = new Vm(null, "demo-vm", cluster);
        vm.setOsType(GuestOs.RHEL_8X64);
        vm.setMemoryMib(2048);
        vm.setVcpus(2);
        UUID vmId = run(ActionType.ADD_VM, new AddVmParameters(vm));
        run(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(new VmNic(null, vmId, "nic1", sriovVf, null)));
        run(ActionType.RUN_VM, VmIdParameters.of(vmId));
        log.info("Created the demo: data center 'Default', hosts host1 and host2, demo-vm running with a sriov-vf NIC");
    }

    private UUID networksAndProfiles(UUID dc) {
        Network mgmt = new Network(null, "ovirtmgmt", dc);
        mgmt.setBridgeName("ovirtmgmt");
        UUID mgmtId = run(ActionType.ADD_NETWORK, new AddNetworkParameters(mgmt, true));
        UUID sriovNet = run(ActionType.ADD_NETWORK, new AddNetworkParameters(new Network(null, "sriov-net", dc), false));
        VnicProfile vf = new VnicProfile(null, "sriov-vf", sriovNet);
        vf.setPassthrough(true);
        vf.setMigratable(true);
        vf.setDescription("SR-IOV VF with a virtio failover twin on ovirtmgmt");
        vf.setFailoverVnicProfileId(vnicProfileDao.getAllForNetwork(mgmtId).get(0).getId());
        return run(ActionType.ADD_VNIC_PROFILE, new AddVnicProfileParameters(vf));
    }

    private UUID run(ActionType type, ActionParametersBase parameters) {
        ActionReturnValue result = backend.runAction(type, parameters);
        if (!result.getSucceeded()) {
            throw new IllegalStateException("demo data: " + result);
        }
        return result.getActionReturnValue();
    }
}
