package org.vfmigrate.backend.host;

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
                    drivers.driver(host.getAddress());
                    vmDao.getAllRunningOnHost(host.getId()).forEach(vm -> restore(host, vm));
                }
            }
        });
    }

    private void restore(Host host, Vm vm) {
        HostDriver driver = drivers.driver(host.getAddress());
        if (drivers.simulation().hosts().stream().anyMatch(h -> h.runningDomains().contains(vm.getName()))) {
            return; // the simulation outlived the engine and still runs it, here or where it migrated to
        }
        try {
            driver.define(new DomainXmlBuilder().buildXml(descriptions.describe(vm, host.getId())));
            driver.start(vm.getName()).join();
            log.info("Put VM {} back on simulated host {}", vm.getName(), host.getName());
        } catch (RuntimeException e) {
            log.warn("Could not put VM {} back on simulated host {}: {}", vm.getName(), host.getName(), e.getMessage());
        }
    }
}
