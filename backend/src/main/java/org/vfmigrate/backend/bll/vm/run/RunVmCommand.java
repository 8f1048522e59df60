package org.vfmigrate.backend.bll.vm.run;

import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_NETWORK_NOT_IN_CLUSTER;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NO_SUITABLE_HOST;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_IS_LOCKED;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_IS_RUNNING;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_NOT_EXIST;
import static org.vfmigrate.common.errors.EngineMessage.CANNOT_PLUG_PASSTHROUGH_VNIC_NO_SUITABLE_VF;

import java.time.Duration;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.ActionFailedException;
import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.scheduling.SchedulingRequestLoader;
import org.vfmigrate.backend.bll.vm.RunningVmSupport;
import org.vfmigrate.backend.host.HostCalls;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.host.VmDescriptionFactory;
import org.vfmigrate.backend.scheduling.SchedulingResult;
import org.vfmigrate.backend.scheduling.VmScheduler;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.host.VfReservation;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.host.HostDeviceDao;
import org.vfmigrate.vdsbroker.host.HostOperation;
import org.vfmigrate.vdsbroker.vm.VnicProfileDescription;
import org.vfmigrate.vdsbroker.xml.builder.DomainXmlBuilder;

/**
 * Starts a VM: checks the failover rules on the run path (cluster level, guest OS), picks a host with the VF
 * and network filters, claims a VF for every plugged passthrough NIC in the database, writes the domain (each
 * VF followed by its failover twin) and starts it. Every claim lives in this command's transaction, so a
 * failure gives the VFs back; what was done on the host is undone.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.RUN_VM)
public class RunVmCommand extends CommandBase<VmIdParameters> {

    private static final Duration START_BOUND = Duration.ofSeconds(120);

    private final RunningVmSupport support;
    private final SchedulingRequestLoader scheduling;
    private final HostDeviceDao hostDeviceDao;
    private final VmDescriptionFactory descriptions;
    private final HostDrivers drivers;
    private final java.time.Clock clock;
    private Vm vm;
    private Host target;

    public RunVmCommand(RunningVmSupport support, SchedulingRequestLoader scheduling, HostDeviceDao hostDeviceDao,
            VmDescriptionFactory descriptions, HostDrivers drivers, java.time.Clock clock) {
        this.support = support;
        this.scheduling = scheduling;
        this.hostDeviceDao = hostDeviceDao;
        this.descriptions = descriptions;
        this.drivers = drivers;
        this.clock = clock;
    }

    @Override
    protected ValidationResult validate() {
        // locked before the VM is read, so the read is not from before a run or stop that just committed
        boolean locked = support.vmDao().tryLock(getParameters().vmId());
        vm = support.vmDao().get(getParameters().vmId());
        if (vm == null) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_VM_NOT_EXIST);
        }
        audit().vm(vm.getId(), vm.getName());
        if (!locked) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_VM_IS_LOCKED, "VmName", vm.getName());
        }
        if (vm.getStatus() != VmStatus.DOWN) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_VM_IS_RUNNING, "VmName", vm.getName());
        }
        Cluster cluster = support.clusterDao().get(vm.getClusterId());
        ValidationResult failoverRules = new FailoverRunRules(descriptions).check(vm, cluster,
                support.vmNicDao().getAllForVm(vm.getId()));
        return failoverRules.isValid() ? schedule(cluster) : failoverRules;
    }

    private ValidationResult schedule(Cluster cluster) {
        SchedulingResult result = new VmScheduler().schedule(scheduling.load(vm, getParameters().hostId()));
        if (result instanceof SchedulingResult.Selected selected) {
            target = support.hostDao().get(selected.host().id());
            audit().host(target.getId(), target.getName());
            return ValidationResult.VALID;
        }
        if (result instanceof SchedulingResult.FailoverNetworkNotInCluster missing) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_FAILOVER_NETWORK_NOT_IN_CLUSTER,
                    "NetworkName", missing.networkNamesText(), "ClusterName", cluster.getName());
        }
        return ValidationResult.failWith(ACTION_TYPE_FAILED_NO_SUITABLE_HOST,
                "Reasons", ((SchedulingResult.NoSuitableHost) result).summary());
    }

    @Override
    protected Object execute() {
        for (VmNic nic : support.vmNicDao().getAllForVm(vm.getId())) {
            if (nic.isPlugged() && nic.getVnicProfileId() != null) {
                VnicProfileDescription p = descriptions.profile(nic.getVnicProfileId());
                if (p.passthrough()) {
                    hostDeviceDao.claimFreeVf(target.getId(), p.network().id(), vm.getId(), nic.getId(),
                            VfReservation.ATTACHED, clock.instant()).orElseThrow(() -> new ActionFailedException(
                            ValidationResult.failWith(CANNOT_PLUG_PASSTHROUGH_VNIC_NO_SUITABLE_VF,
                                    "vnicName", nic.getName())));
                }
            }
        }
        var driver = drivers.driver(target.getAddress());
        driver.define(new DomainXmlBuilder().buildXml(descriptions.describe(vm, target.getId())));
        onFailureUndo(() -> driver.undefine(vm.getName()));
        HostCalls.await(driver.start(vm.getName()), START_BOUND, target.getAddress(), vm.getName(), HostOperation.START);
        onFailureUndo(() -> driver.destroy(vm.getName()));
        vm.setStatus(VmStatus.UP);
        vm.setRunOnHostId(target.getId());
        support.vmDao().update(vm);
        support.deviceSync().sync(vm, target, false);
        return vm.getId();
    }
}
