package org.vfmigrate.backend.monitoring;

import org.vfmigrate.backend.config.EngineReadiness;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vfmigrate.backend.bll.AuditContext;
import org.vfmigrate.backend.bll.AuditLogDirector;
import org.vfmigrate.backend.bll.EngineUser;
import org.vfmigrate.backend.host.HostInventorySync;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.host.HostStatus;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.dal.dao.host.HostDeviceDao;
import org.vfmigrate.dal.dao.vm.VmDao;
import org.vfmigrate.vdsbroker.host.HostPciInventory;

/**
 * Keeps each host's stored PFs, VFs and bridges in step with the host: every few minutes for hosts that are up
 * or unreachable. A host that does not answer becomes non-responsive (and up again when it answers); a VF held
 * by a VM that the host no longer reports is audited.
 */
@Component
public class HostInventoryRefresher {

    private static final Logger log = LoggerFactory.getLogger(HostInventoryRefresher.class);

    private final HostDao hostDao;
    private final HostDeviceDao hostDeviceDao;
    private final VmDao vmDao;
    private final HostInventorySync inventory;
    private final AuditLogDirector auditLog;
    private final TransactionTemplate tx;

    private final EngineReadiness readiness;
    public HostInventoryRefresher(HostDao hostDao, HostDeviceDao hostDeviceDao, VmDao vmDao,
            HostInventorySync inventory, AuditLogDirector auditLog, PlatformTransactionManager tm,
            EngineReadiness readiness) {
        this.readiness = readiness;
        this.hostDao = hostDao;
        this.hostDeviceDao = hostDeviceDao;
        this.vmDao = vmDao;
        this.inventory = inventory;
        this.auditLog = auditLog;
        this.tx = new TransactionTemplate(tm);
    }

    @Scheduled(initialDelayString = "${VFMIGRATE_INVENTORY_INTERVAL_MS:120000}",
            fixedDelayString = "${VFMIGRATE_INVENTORY_INTERVAL_MS:120000}")
    public void refreshAll() {
        if (!readiness.isReady()) {
            return; // start-up recovery first
        }
        for (Host host : tx.execute(s -> hostDao.getAll())) {
            if (host.getStatus() == HostStatus.UP || host.getStatus() == HostStatus.NON_RESPONSIVE) {
                refresh(host.getId());
            }
        }
    }

    /** Refreshes one host; returns whether it answered. */
    public boolean refresh(UUID hostId) {
        Host host = tx.execute(s -> hostDao.get(hostId));
        HostPciInventory read;
        try {
            read = inventory.read(host);
        } catch (RuntimeException e) {
            log.warn("Host {} did not report its devices: {}", host.getName(), e.getMessage());
            tx.executeWithoutResult(s -> markUnreachable(hostId, e.getMessage()));
            return false;
        }
        tx.executeWithoutResult(s -> store(hostId, read));
        return true;
    }

    private void markUnreachable(UUID hostId, String detail) {
        Host host = hostDao.get(hostId);
        if (host.getStatus() == HostStatus.UP) {
            host.setStatus(HostStatus.NON_RESPONSIVE);
            auditLog.log(AuditLogType.HOST_INVENTORY_REFRESH_FAILED,
                    new AuditContext().put("HostName", host.getName()).put("Detail", detail), EngineUser.SYSTEM);
        }
    }

    private void store(UUID hostId, HostPciInventory read) {
        Host host = hostDao.get(hostId);
        List<String> gone = inventory.store(host, read);
        for (String address : gone) {
            String vmName = hostDeviceDao.getByAddress(hostId, address).map(d -> d.getVmId())
                    .map(vmDao::get).map(v -> v.getName()).orElse("?");
            auditLog.log(AuditLogType.HOST_VF_MISSING, new AuditContext().put("HostName", host.getName())
                    .put("PciAddress", address).put("VmName", vmName), EngineUser.SYSTEM);
        }
        if (host.getStatus() == HostStatus.NON_RESPONSIVE) {
            host.setStatus(HostStatus.UP);
        }
    }
}
