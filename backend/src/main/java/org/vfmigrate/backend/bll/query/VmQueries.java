package org.vfmigrate.backend.bll.query;

import static org.vfmigrate.common.queries.QueryType.GET_ALL_VMS;
import static org.vfmigrate.common.queries.QueryType.GET_VM_BY_ID;
import static org.vfmigrate.common.queries.QueryType.GET_VM_INTERFACES_BY_VM_ID;
import static org.vfmigrate.common.queries.QueryType.GET_VM_INTERFACE_BY_ID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vfmigrate.dal.dao.vm.VmDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;

/** The reads of VMs and their NICs. */
@Configuration(proxyBeanMethods = false)
public class VmQueries {

    @Bean
    QueryHandler getAllVms(VmDao dao) {
        return QueryHandler.of(GET_ALL_VMS, p -> dao.getAll());
    }

    @Bean
    QueryHandler getVmById(VmDao dao) {
        return QueryHandler.byId(GET_VM_BY_ID, dao::get);
    }

    @Bean
    QueryHandler getVmInterfacesByVmId(VmNicDao dao) {
        return QueryHandler.byId(GET_VM_INTERFACES_BY_VM_ID, dao::getAllForVm);
    }

    @Bean
    QueryHandler getVmInterfaceById(VmNicDao dao) {
        return QueryHandler.byId(GET_VM_INTERFACE_BY_ID, dao::get);
    }
}
