package org.vfmigrate.backend.bll.query;

import static org.vfmigrate.common.queries.QueryType.GET_ALL_HOSTS;
import static org.vfmigrate.common.queries.QueryType.GET_HOST_BY_ID;
import static org.vfmigrate.common.queries.QueryType.GET_HOST_DEVICES_BY_HOST_ID;
import static org.vfmigrate.common.queries.QueryType.GET_HOST_NETWORK_ATTACHMENTS_BY_HOST_ID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vfmigrate.common.businessentities.host.HostDeviceInventory;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.dal.dao.host.HostDeviceDao;
import org.vfmigrate.dal.dao.host.HostNetworkAttachmentDao;

/**
 * The reads of hosts, their SR-IOV functions (PFs with the networks they serve, VFs with their holders) and
 * the networks they carry, as their last inventory reported.
 */
@Configuration(proxyBeanMethods = false)
public class HostQueries {

    @Bean
    QueryHandler getAllHosts(HostDao dao) {
        return QueryHandler.of(GET_ALL_HOSTS, p -> dao.getAll());
    }

    @Bean
    QueryHandler getHostById(HostDao dao) {
        return QueryHandler.byId(GET_HOST_BY_ID, dao::get);
    }

    @Bean
    QueryHandler getHostDevicesByHostId(HostDeviceDao dao) {
        return QueryHandler.byId(GET_HOST_DEVICES_BY_HOST_ID,
                id -> new HostDeviceInventory(dao.getAllForHost(id), dao.getPhysicalFunctionNetworks(id)));
    }

    @Bean
    QueryHandler getHostNetworkAttachmentsByHostId(HostNetworkAttachmentDao dao) {
        return QueryHandler.byId(GET_HOST_NETWORK_ATTACHMENTS_BY_HOST_ID, dao::getForHost);
    }
}
