package org.vfmigrate.backend.bll.query;

import static org.vfmigrate.common.queries.QueryType.GET_ALL_CLUSTERS;
import static org.vfmigrate.common.queries.QueryType.GET_ALL_DATA_CENTERS;
import static org.vfmigrate.common.queries.QueryType.GET_ALL_NETWORKS;
import static org.vfmigrate.common.queries.QueryType.GET_ALL_VNIC_PROFILES;
import static org.vfmigrate.common.queries.QueryType.GET_AUDIT_LOG_ENTRIES;
import static org.vfmigrate.common.queries.QueryType.GET_CLUSTER_BY_ID;
import static org.vfmigrate.common.queries.QueryType.GET_DATA_CENTER_BY_ID;
import static org.vfmigrate.common.queries.QueryType.GET_NETWORK_BY_ID;
import static org.vfmigrate.common.queries.QueryType.GET_VNIC_PROFILES_BY_NETWORK_ID;
import static org.vfmigrate.common.queries.QueryType.GET_VNIC_PROFILE_BY_ID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vfmigrate.dal.dao.AuditLogDao;
import org.vfmigrate.dal.dao.ClusterDao;
import org.vfmigrate.dal.dao.DataCenterDao;
import org.vfmigrate.dal.dao.network.NetworkDao;
import org.vfmigrate.dal.dao.network.VnicProfileDao;

/** The reads of data centers, clusters, networks, vNIC profiles and the audit log. */
@Configuration(proxyBeanMethods = false)
public class NetworkConfigurationQueries {

    /** Most audit entries one query returns. */
    public static final int AUDIT_PAGE = 500;

    @Bean
    QueryHandler getAllDataCenters(DataCenterDao dao) {
        return QueryHandler.of(GET_ALL_DATA_CENTERS, p -> dao.getAll());
    }

    @Bean
    QueryHandler getDataCenterById(DataCenterDao dao) {
        return QueryHandler.byId(GET_DATA_CENTER_BY_ID, dao::get);
    }

    @Bean
    QueryHandler getAllClusters(ClusterDao dao) {
        return QueryHandler.of(GET_ALL_CLUSTERS, p -> dao.getAll());
    }

    @Bean
    QueryHandler getClusterById(ClusterDao dao) {
        return QueryHandler.byId(GET_CLUSTER_BY_ID, dao::get);
    }

    @Bean
    QueryHandler getAllNetworks(NetworkDao dao) {
        return QueryHandler.of(GET_ALL_NETWORKS, p -> dao.getAll());
    }

    @Bean
    QueryHandler getNetworkById(NetworkDao dao) {
        return QueryHandler.byId(GET_NETWORK_BY_ID, dao::get);
    }

    @Bean
    QueryHandler getAllVnicProfiles(VnicProfileDao dao) {
        return QueryHandler.of(GET_ALL_VNIC_PROFILES, p -> dao.getAllViews());
    }

    @Bean
    QueryHandler getVnicProfileById(VnicProfileDao dao) {
        return QueryHandler.byId(GET_VNIC_PROFILE_BY_ID, dao::getView);
    }

    @Bean
    QueryHandler getVnicProfilesByNetworkId(VnicProfileDao dao) {
        return QueryHandler.byId(GET_VNIC_PROFILES_BY_NETWORK_ID, dao::getAllViewsForNetwork);
    }

    @Bean
    QueryHandler getAuditLogEntries(AuditLogDao dao) {
        return QueryHandler.of(GET_AUDIT_LOG_ENTRIES, p -> dao.getLatest(AUDIT_PAGE));
    }
}
