package org.vfmigrate.common.queries;

/** Every read the engine answers through {@code runQuery}. */
public enum QueryType {
    GET_ALL_DATA_CENTERS,
    GET_DATA_CENTER_BY_ID,
    GET_ALL_CLUSTERS,
    GET_CLUSTER_BY_ID,
    GET_ALL_NETWORKS,
    GET_NETWORK_BY_ID,
    GET_ALL_VNIC_PROFILES,
    GET_VNIC_PROFILE_BY_ID,
    GET_VNIC_PROFILES_BY_NETWORK_ID,
    GET_AUDIT_LOG_ENTRIES,
    GET_ALL_VMS,
    GET_VM_BY_ID,
    GET_VM_INTERFACES_BY_VM_ID,
    GET_VM_INTERFACE_BY_ID
}
