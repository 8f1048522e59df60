package org.vfmigrate.backend.bll.vm.nic;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_INTERFACE_HAS_NO_PROFILE;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_INTERFACE_NOT_EXIST;
import static org.vfmigrate.common.errors.EngineMessage.CANNOT_PLUG_PASSTHROUGH_VNIC_NO_SUITABLE_VF;

import java.time.Clock;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.ActionFailedException;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.vm.RunningVmCommandBase;
import org.vfmigrate.backend.bll.vm.RunningVmSupport;
import org.vfmigrate.backend.host.NicHotplug;
import org.vfmigrate.backend.host.VmDescriptionFactory;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.ActivateDeactivateVmNicParameters;
import org.vfmigrate.common.businessentities.host.VfReservation;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.host.HostDeviceDao;
import org.vfmigrate.dal.dao.host.HostNetworkAttachmentDao;
import org.vfmigrate.vdsbroker.vm.VmNicDescription;
import org.vfmigrate.vdsbroker.vm.VnicProfileDescription;

/**
 * Plugs or unplugs a NIC of a running VM. For a VF NIC with failover it acts on the VF and then its virtio twin
 * (SPEC-failover.md rule 17); with {@code vfOnly} (migration) only on the VF (rule 18). If a step fails, the
 * steps already done are undone on the host, and the NIC's recorded state is what the host really shows; the
 * audit entry names the action the user asked for.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor({ActionType.PLUG_VM_INTERFACE, ActionType.UNPLUG_VM_INTERFACE})
public class ActivateDeactivateVmNicCommand extends RunningVmCommandBase<ActivateDeactivateVmNicParameters> {

    private final HostDeviceDao hostDeviceDao;
    private final HostNetworkAttachmentDao attachmentDao;
    private final VmDescriptionFactory descriptions;
    private final NicHotplug hotplug;
    private final Clock clock;
    private VmNic nic;
    private VnicProfileDescription profile;

    public ActivateDeactivateVmNicCommand(RunningVmSupport support, HostDeviceDao hostDeviceDao,
            HostNetworkAttachmentDao attachmentDao, VmDescriptionFactory descriptions, NicHotplug hotplug, Clock clock) {
        super(support);
        this.hostDeviceDao = hostDeviceDao;
        this.attachmentDao = attachmentDao;
        this.descriptions = descriptions;
        this.hotplug = hotplug;
        this.clock = clock;
    }

    private boolean plug() {
        return getActionType() == ActionType.PLUG_VM_INTERFACE;
    }

    @Override
    protected ValidationResult validate() {
        ValidationResult running = lockRunningVm(getParameters().vmId());
        if (!running.isValid()) {
            return running;
        }
        nic = support.vmNicDao().get(getParameters().nicId());
        if (nic == null || !nic.getVmId().equals(vm.getId())) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_VM_INTERFACE_NOT_EXIST);
        }
        audit().put("InterfaceName", nic.getName()).put("FinalState", nic.isPlugged() ? "plugged" : "unplugged");
        if (nic.getVnicProfileId() == null) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_INTERFACE_HAS_NO_PROFILE, "InterfaceName", nic.getName());
        }
        profile = descriptions.profile(nic.getVnicProfileId());
        VmNicPlugValidator validator = new VmNicPlugValidator(nic, profile);
        if (!plug()) {
            return validator.notAlready(false);
        }
        return firstFailure(
                () -> validator.notAlready(true),
                () -> validator.failoverNeedsClusterLevel(support.clusterDao().get(vm.getClusterId())),
                () -> validator.freeVfOnHost(hostDeviceDao.freeVfCountsInCluster(vm.getClusterId())
                        .getOrDefault(host.getId(), java.util.Map.of())),
                () -> validator.failoverNetworkOnHost(host, attachmentDao.getForHost(host.getId()).keySet()));
    }

    @Override
    protected Object execute() {
        if (plug()) {
            doPlug();
        } else {
            doUnplug();
        }
        support.deviceSync().sync(vm, host, false);
        return nic.getId();
    }

    private void doPlug() {
        if (profile.passthrough()) {
            hostDeviceDao.claimFreeVf(host.getId(), profile.network().id(), vm.getId(), nic.getId(),
                    VfReservation.ATTACHED, clock.instant()).orElseThrow(() -> new ActionFailedException(
                    ValidationResult.failWith(CANNOT_PLUG_PASSTHROUGH_VNIC_NO_SUITABLE_VF, "vnicName", nic.getName())));
        }
        VmNicDescription d = descriptions.describe(nic, host.getId());
        hotplug.plugPrimary(host.getAddress(), vm.getName(), d);
        onFailureUndo(() -> hotplug.unplugPrimary(host.getAddress(), vm.getName(), d));
        if (d.hasFailover() && !getParameters().vfOnly()) {
            hotplug.plugTwin(host.getAddress(), vm.getName(), d);
            onFailureUndo(() -> hotplug.unplugTwin(host.getAddress(), vm.getName(), d));
        }
        nic.setPlugged(true);
        support.vmNicDao().update(nic);
    }

    private void doUnplug() {
        VmNicDescription d = descriptions.describe(nic, host.getId());
        hotplug.unplugPrimary(host.getAddress(), vm.getName(), d);
        onFailureUndo(() -> hotplug.plugPrimary(host.getAddress(), vm.getName(), d));
        if (d.hasFailover() && !getParameters().vfOnly()) {
            hotplug.unplugTwin(host.getAddress(), vm.getName(), d);
            onFailureUndo(() -> hotplug.plugTwin(host.getAddress(), vm.getName(), d));
        }
        hostDeviceDao.getHeldBy(nic.getId(), host.getId()).ifPresent(vf -> hostDeviceDao.release(vf.getId()));
        nic.setPlugged(false);
        support.vmNicDao().update(nic);
    }

    @Override
    protected void recordTruthAfterFailure() {
        audit().put("FinalState", support.recordHostTruth(vm.getId(), nic.getId()));
    }
}
