package org.vfmigrate.backend.bll.vm;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.AuditContext;
import org.vfmigrate.backend.bll.AuditLogDirector;
import org.vfmigrate.backend.bll.EngineUser;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.businessentities.vm.GuestOs;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.dal.dao.network.VnicProfileDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;

/**
 * Which NICs of a VM use failover (their profile names a failover profile), and the warning SPEC-failover.md
 * rule 13 asks for when such a NIC meets a guest OS whose net_failover support is unknown. The warning is
 * written in the action's transaction, so a rolled-back action leaves none.
 */
@Component
public class FailoverNics {

    private final VmNicDao vmNicDao;
    private final VnicProfileDao vnicProfileDao;
    private final AuditLogDirector auditLog;

    public FailoverNics(VmNicDao vmNicDao, VnicProfileDao vnicProfileDao, AuditLogDirector auditLog) {
        this.vmNicDao = vmNicDao;
        this.vnicProfileDao = vnicProfileDao;
        this.auditLog = auditLog;
    }

    /** Names of the VM's NICs whose profile has a failover profile, sorted. */
    public List<String> namesOf(UUID vmId) {
        return vmNicDao.getAllForVm(vmId).stream()
                .filter(nic -> usesFailover(nic.getVnicProfileId()))
                .map(VmNic::getName)
                .toList();
    }

    public boolean usesFailover(UUID vnicProfileId) {
        VnicProfile profile = vnicProfileId == null ? null : vnicProfileDao.get(vnicProfileId);
        return profile != null && profile.getFailoverVnicProfileId() != null;
    }

    /** Writes {@link AuditLogType#FAILOVER_GUEST_OS_UNKNOWN} for the NIC when the VM's guest OS is such a case. */
    public void warnIfGuestOsUnknown(Vm vm, String nicName, EngineUser user) {
        GuestOs os = vm.getOsType();
        if (os.failoverSupport() != GuestOs.FailoverSupport.UNKNOWN) {
            return;
        }
        AuditContext context = new AuditContext()
                .vm(vm.getId(), vm.getName())
                .put("InterfaceName", nicName)
                .put("OsType", os.apiName());
        auditLog.log(AuditLogType.FAILOVER_GUEST_OS_UNKNOWN, context, user);
    }
}
