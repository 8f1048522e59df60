package org.vfmigrate.backend.bll.query;

import static org.vfmigrate.common.queries.QueryType.GET_MIGRATIONS_BY_VM_ID;
import static org.vfmigrate.common.queries.QueryType.GET_MIGRATION_BY_ID;
import static org.vfmigrate.common.queries.QueryType.GET_VM_DEVICES_BY_VM_ID;
import static org.vfmigrate.common.queries.QueryType.GET_VM_LIVE_DOMAIN_XML;

import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.queries.LiveDomainXml;
import org.vfmigrate.common.queries.LiveDomainXml.Outcome;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.dal.dao.migration.MigrationDao;
import org.vfmigrate.dal.dao.vm.VmDao;
import org.vfmigrate.dal.dao.vm.VmDeviceDao;
import org.vfmigrate.common.errors.EngineException;

/**
 * The reads of what a running VM has on its host: its migrations (all of a VM's, or one by id), the devices of
 * its NICs (the VF and failover twin of a VF NIC, with alias and plugged state) and the live domain XML, read
 * from the host itself.
 */
@Configuration(proxyBeanMethods = false)
public class VmRuntimeQueries {

    @Bean
    QueryHandler getMigrationsByVmId(MigrationDao dao) {
        return QueryHandler.byId(GET_MIGRATIONS_BY_VM_ID, dao::getAllForVm);
    }

    @Bean
    QueryHandler getMigrationById(MigrationDao dao) {
        return QueryHandler.byId(GET_MIGRATION_BY_ID, dao::get);
    }

    @Bean
    QueryHandler getVmDevicesByVmId(VmDeviceDao dao) {
        return QueryHandler.byId(GET_VM_DEVICES_BY_VM_ID, dao::getAllForVm);
    }

    @Bean
    QueryHandler getVmLiveDomainXml(VmDao vmDao, HostDao hostDao, HostDrivers drivers) {
        return QueryHandler.byId(GET_VM_LIVE_DOMAIN_XML, id -> liveXml(id, vmDao, hostDao, drivers));
    }

    private static LiveDomainXml liveXml(UUID vmId, VmDao vmDao, HostDao hostDao, HostDrivers drivers) {
        Vm vm = vmDao.get(vmId);
        if (vm == null) {
            return LiveDomainXml.failed(Outcome.NO_VM, "VM does not exist.");
        }
        Host host = vm.getRunOnHostId() == null ? null : hostDao.get(vm.getRunOnHostId());
        if (!vm.getStatus().isRunning() || host == null) {
            return LiveDomainXml.failed(Outcome.NOT_RUNNING, "VM " + vm.getName() + " is not running ("
                    + vm.getStatus().apiName() + "), so no host has its domain XML.");
        }
        try {
            return LiveDomainXml.read(drivers.driver(host.getAddress()).liveXml(vm.getName()));
        } catch (EngineException e) {
            // a host error (mapped at the driver boundary) or an unreachable driver: the host could not answer
            return LiveDomainXml.failed(Outcome.HOST_FAILED, e.getMessage());
        }
    }
}
