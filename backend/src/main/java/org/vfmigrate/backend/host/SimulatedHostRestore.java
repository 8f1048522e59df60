package org.vfmigrate.backend.host;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.dal.dao.vm.VmDao;
import org.vfmigrate.vdsbroker.host.HostDriver;
import org.vfmigrate.vdsbroker.vm.VmDescription;
import org.vfmigrate.vdsbroker.xml.builder.DomainXmlBuilder;

/**
 * Real hosts keep running, with their VMs, while the engine restarts; simulated hosts live inside the engine
 * process and would forget both. At start-up this brings back every simulated host the database knows (also one
 * that runs nothing, or a migration to it would find no such host) and puts every VM the database records as
 * running on one back on it, with the VFs its NICs hold, so a restart of the engine looks to the simulation like
 * it looks to real hosts.
 */
@Component
public class SimulatedHostRestore {

    private static final Logger log = LoggerFactory.getLogger(SimulatedHostRestore.class);

    private final HostDao hostDao;
    private final VmDao vmDao;
    private final HostDrivers drivers;
    private final VmDescriptionFactory descriptions;
    private final TransactionTemplate tx;

    public SimulatedHostRestore(HostDao hostDao, VmDao vmDao, HostDrivers drivers, VmDescriptionFactory descriptions,
            PlatformTransactionManager tm) {
        this.hostDao = hostDao;
        this.vmDao = vmDao;
        this.drivers = drivers;
        this.descriptions = descriptions;
        this.tx = new TransactionTemplate(tm);
        this.tx.setReadOnly(true);
    }

    @Order(0)
    @EventListener(ApplicationStartedEvent.class)
    public void restore() {
        tx.executeWithoutResult(s -> {
            for (Host host : hostDao.getAll()) {
                if (HostDrivers.isSimulated(host.getAddress())) {
                    drivers.driver(host.getAddress()); // every simulated host comes back, also one that runs nothing
                    restore(host, vmDao.getAllRunningOnHost(host.getId()));
                }
            }
        });
    }

    /** Puts the host's VMs back, described with two queries for all of them rather than a few per VM. */
    private void restore(Host host, List<Vm> vms) {
        if (vms.isEmpty()) {
            return;
        }
        Map<UUID, VmDescription> described = descriptions.describeAllOnHost(vms, host.getId());
        HostDriver driver = drivers.driver(host.getAddress());
        DomainXmlBuilder builder = new DomainXmlBuilder();
        int restored = 0;
        for (Vm vm : vms) {
            // the simulation may have outlived the engine and still run the VM, here or where another engine is
            // moving it right now: asked again for every VM, just before putting it back
            if (drivers.simulation().runsAnywhere(vm.getName())) {
                continue;
            }
            try {
                driver.define(builder.buildXml(described.get(vm.getId())));
                driver.start(vm.getName()).join();
                restored++;
            } catch (RuntimeException e) {
                log.warn("Could not put VM {} back on simulated host {}: {}", vm.getName(), host.getName(), e.getMessage());
            }
        }
        if (restored > 0) {
            log.info("Put {} VM(s) back on simulated host {}", restored, host.getName());
        }
    }
}
