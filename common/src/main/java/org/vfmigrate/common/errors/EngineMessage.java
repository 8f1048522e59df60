package org.vfmigrate.common.errors;

/**
 * Every validation and failure message the engine returns, keyed as in the oVirt engine so that existing
 * clients, scripts and people recognise them. Texts follow SPEC-failover.md word for word (a test keeps them
 * in step); {@code ${action}} and {@code ${type}} come from the action, other placeholders from the rule.
 */
public enum EngineMessage {

    // --- SPEC-failover.md §1: vNIC profile failover ---
    ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_ID_CANNOT_POINT_TO_SELF(
            "Cannot ${action} ${type}. Failover vNIC profile cannot point to itself."),
    ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_ID_IS_NOT_VALID(
            "Cannot ${action} ${type}. Failover must be valid non-passthrough vNIC profile."),
    ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_NOT_SUPPORTED_WITH_EXTERNAL_NETWORK(
            "Cannot ${action} ${type}. Failover vNIC profile based on external network is not supported."),
    ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_NOT_IN_SAME_DATA_CENTER(
            "Cannot ${action} ${type}. Failover vNIC profile must belong to a network of the same Data Center."),
    ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_NETWORK_NOT_VM_NETWORK(
            "Cannot ${action} ${type}. Failover vNIC profile must be based on a VM network."),
    ACTION_TYPE_FAILED_FAILOVER_IS_SUPPORTED_ONLY_FOR_MIGRATABLE_PASSTROUGH(
            "Cannot ${action} ${type}. Failover vNIC profile is supported only for migratable passthrough vNIC profiles."),
    ACTION_TYPE_FAILED_UPDATE_OF_FAILOVER_PROFILE_IS_NOT_SUPPORTED(Kind.CONFLICT,
            "Cannot ${action} ${type}. Profile is selected as failover for: ${ENTITIES_USING_FAILOVER}."),
    ACTION_TYPE_FAILED_VNIC_PROFILE_IN_ONE_USE(Kind.CONFLICT,
            "Cannot ${action} ${type}. This VM network interface profile is used by virtual machine: "
                    + "${ENTITIES_USING_VNIC_PROFILE}. - Please remove it from this virtual machine and try again."),
    ACTION_TYPE_FAILED_VNIC_PROFILE_IN_MANY_USES(Kind.CONFLICT,
            "Cannot ${action} ${type}. This VM network interface profile is used by virtual machines "
                    + "(${ENTITIES_USING_VNIC_PROFILE_COUNTER}): ${ENTITIES_USING_VNIC_PROFILE} - Please detach "
                    + "virtual machines using this profile and try again."),
    ACTION_TYPE_FAILED_VNIC_PROFILE_IS_FAILOVER_FOR(Kind.CONFLICT,
            "Cannot ${action} ${type}. The profile is selected as failover for: ${ENTITIES_USING_FAILOVER}. "
                    + "- Please change their failover profile first."),

    // --- SPEC-failover.md §2-4: VM NICs, scheduling, plug ---
    ACTION_TYPE_FAILED_VM_INTERFACE_WITH_FAILOVER_IS_SUPPORTED_ONLY_IN_CLUSTER_4_6_AND_ABOVE(
            "Cannot ${action} ${type}. VM interface with failover vNIC profile is supported only in cluster level >= 4.6."),
    ACTION_TYPE_FAILED_FAILOVER_NOT_SUPPORTED_BY_GUEST_OS(
            "Cannot ${action} ${type}. The guest operating system ${OsName} cannot run net_failover; "
                    + "failover needs Linux with kernel 4.18 or later, or Windows with VirtIO drivers 0.1.189 or later."),
    ACTION_TYPE_FAILED_FAILOVER_NETWORK_NOT_IN_CLUSTER(
            "Cannot ${action} ${type}. The failover network ${NetworkName} is not attached to cluster ${ClusterName}."),
    ACTION_TYPE_FAILED_MIGRATION_OF_NON_MIGRATABLE_PASSTHROUGH_VNICS_IS_NOT_SUPPORTED(
            "Cannot ${action} ${type}. Migration of a VM with plugged non-migratable passthrough vNICs is not supported."),
    CANNOT_PLUG_PASSTHROUGH_VNIC_NO_SUITABLE_VF(
            "Cannot ${action} ${type}. There is no free virtual function which is suitable for virtual nic ${vnicName}."),

    // --- names and existence ---
    ACTION_TYPE_FAILED_NAME_MAY_NOT_BE_EMPTY("Cannot ${action} ${type}. A name is required."),
    ACTION_TYPE_FAILED_NAME_INVALID(
            "Cannot ${action} ${type}. The name may contain only letters, digits, '-', '_' and '.', "
                    + "and may have at most ${MaxLength} characters."),
    ACTION_TYPE_FAILED_NAME_ALREADY_USED(Kind.CONFLICT, "Cannot ${action} ${type}. The name is already in use."),
    ACTION_TYPE_FAILED_DESCRIPTION_TOO_LONG(
            "Cannot ${action} ${type}. The description may have at most ${MaxLength} characters."),
    ACTION_TYPE_FAILED_DATA_CENTER_NOT_EXIST(Kind.NOT_FOUND, "Cannot ${action} ${type}. Data Center does not exist."),
    ACTION_TYPE_FAILED_CLUSTER_NOT_EXIST(Kind.NOT_FOUND, "Cannot ${action} ${type}. Cluster does not exist."),
    ACTION_TYPE_FAILED_NETWORK_NOT_EXISTS(Kind.NOT_FOUND, "Cannot ${action} ${type}. Network does not exist."),
    ACTION_TYPE_FAILED_VNIC_PROFILE_NOT_EXISTS(Kind.NOT_FOUND,
            "Cannot ${action} ${type}. VM network interface profile does not exist."),

    // --- data centers and clusters ---
    ACTION_TYPE_FAILED_COMPATIBILITY_VERSION_NOT_SUPPORTED(
            "Cannot ${action} ${type}. Compatibility version ${Version} is not supported; "
                    + "supported versions are ${MinVersion} to ${MaxVersion}."),
    ACTION_TYPE_FAILED_CLUSTER_VERSION_LOWER_THAN_DATA_CENTER(
            "Cannot ${action} ${type}. The cluster compatibility version cannot be lower than the Data Center's "
                    + "(${DataCenterVersion})."),
    ACTION_TYPE_FAILED_DATA_CENTER_VERSION_HIGHER_THAN_CLUSTERS(
            "Cannot ${action} ${type}. The Data Center compatibility version cannot be higher than that of its "
                    + "clusters (lowest: ${ClusterVersion})."),
    ACTION_TYPE_FAILED_DATA_CENTER_NOT_EMPTY(Kind.CONFLICT,
            "Cannot ${action} ${type}. The Data Center still contains ${Contents}; remove them first."),
    ACTION_TYPE_FAILED_CLUSTER_HAS_VMS(Kind.CONFLICT,
            "Cannot ${action} ${type}. The cluster still contains virtual machines: ${VmNames}."),
    ACTION_TYPE_FAILED_CLUSTER_HAS_HOSTS(Kind.CONFLICT,
            "Cannot ${action} ${type}. Hosts are attached to it: ${HostNames}; move or remove them first."),
    ACTION_TYPE_FAILED_CANNOT_CHANGE_DATA_CENTER(
            "Cannot ${action} ${type}. The Data Center of an existing ${type} cannot be changed."),

    // --- networks and profiles ---
    ACTION_TYPE_FAILED_NETWORK_VLAN_OUT_OF_RANGE(
            "Cannot ${action} ${type}. VLAN id ${VlanId} is out of range; it must be between 0 and 4094."),
    ACTION_TYPE_FAILED_NETWORK_MTU_OUT_OF_RANGE(
            "Cannot ${action} ${type}. MTU ${Mtu} is out of range; it must be 0 (default) or between 68 and 65520."),
    ACTION_TYPE_FAILED_NETWORK_BRIDGE_NAME_INVALID(
            "Cannot ${action} ${type}. Bridge name '${BridgeName}' is not a valid Linux interface name "
                    + "(1 to 15 characters, no '/', ':' or white space)."),
    ACTION_TYPE_FAILED_NETWORK_WITH_PROFILES_MUST_BE_VM_NETWORK(Kind.CONFLICT,
            "Cannot ${action} ${type}. A network that has vNIC profiles must remain a VM network."),
    ACTION_TYPE_FAILED_NETWORK_IN_USE_BY_VMS(Kind.CONFLICT,
            "Cannot ${action} ${type}. The network is used by virtual machines: ${VmNames}."),
    ACTION_TYPE_FAILED_CANNOT_ADD_VNIC_PROFILE_TO_NON_VM_NETWORK(
            "Cannot ${action} ${type}. VM network interface profile cannot be added to a non-VM network."),
    ACTION_TYPE_FAILED_CANNOT_CHANGE_VNIC_PROFILE_NETWORK(
            "Cannot ${action} ${type}. The network of an existing VM network interface profile cannot be changed."),

    // --- hosts ---
    ACTION_TYPE_FAILED_HOST_NOT_EXIST(Kind.NOT_FOUND, "Cannot ${action} ${type}. Host does not exist."),
    ACTION_TYPE_FAILED_HOST_ADDRESS_INVALID(
            "Cannot ${action} ${type}. Address '${HostAddress}' is not a host address this engine can reach; use "
                    + "sim://<name>, qemu+tls://<host>/system, qemu+ssh://<host>/system, qemu:///system or test:///<file>."),
    ACTION_TYPE_FAILED_HOST_ADDRESS_MALFORMED(
            "Cannot ${action} ${type}. Address '${HostAddress}' is malformed: ${AddressProblem}."),
    ACTION_TYPE_FAILED_HOST_ADDRESS_ALREADY_USED(Kind.CONFLICT,
            "Cannot ${action} ${type}. Another host already has the address ${HostAddress}."),
    ACTION_TYPE_FAILED_HOST_MAX_PARALLEL_MIGRATIONS_INVALID(
            "Cannot ${action} ${type}. The number of parallel migrations must be between 1 and ${Max}."),
    ACTION_TYPE_FAILED_HOST_STATUS_ILLEGAL(Kind.CONFLICT,
            "Cannot ${action} ${type}. Host ${HostName} is ${HostStatus}; this needs it to be ${RequiredStatus}."),
    ACTION_TYPE_FAILED_HOST_HAS_VMS(Kind.CONFLICT,
            "Cannot ${action} ${type}. Host ${HostName} still runs virtual machines: ${VmNames}."),
    ACTION_TYPE_FAILED_HOST_OPERATION(
            "Cannot ${action} ${type}. Host ${HostName} could not carry it out: ${Detail}."),

    // --- VMs and their NICs ---
    ACTION_TYPE_FAILED_VM_NOT_EXIST(Kind.NOT_FOUND, "Cannot ${action} ${type}. VM does not exist."),
    ACTION_TYPE_FAILED_VM_IS_RUNNING(Kind.CONFLICT, "Cannot ${action} ${type}. VM ${VmName} is running."),
    ACTION_TYPE_FAILED_VM_IS_NOT_RUNNING(Kind.CONFLICT, "Cannot ${action} ${type}. VM ${VmName} is not running."),
    ACTION_TYPE_FAILED_VM_IS_LOCKED(Kind.CONFLICT,
            "Cannot ${action} ${type}. Another operation on VM ${VmName} is in progress; try again when it ends."),
    ACTION_TYPE_FAILED_VM_SIZE_INVALID(
            "Cannot ${action} ${type}. Memory must be between 1 and ${MaxMemoryMib} MiB and vCPUs between 1 and ${MaxVcpus}."),
    ACTION_TYPE_FAILED_GUEST_OS_UNKNOWN("Cannot ${action} ${type}. Guest OS type '${OsType}' is not known."),
    ACTION_TYPE_FAILED_NO_SUITABLE_HOST(
            "Cannot ${action} ${type}. There is no host that satisfies current scheduling constraints: ${Reasons}."),
    ACTION_TYPE_FAILED_VM_INTERFACE_NOT_EXIST(Kind.NOT_FOUND,
            "Cannot ${action} ${type}. The VM network interface does not exist."),
    ACTION_TYPE_FAILED_VNIC_PROFILE_NOT_IN_VM_DATA_CENTER(
            "Cannot ${action} ${type}. The vNIC profile belongs to a network of another Data Center."),
    ACTION_TYPE_FAILED_MAC_ADDRESS_INVALID(
            "Cannot ${action} ${type}. '${MacAddress}' is not a unicast MAC address such as 56:6f:00:00:00:01."),
    ACTION_TYPE_FAILED_MAC_ADDRESS_IN_USE(Kind.CONFLICT,
            "Cannot ${action} ${type}. MAC address ${MacAddress} is already in use in the Data Center."),
    ACTION_TYPE_FAILED_MAC_POOL_EXHAUSTED(Kind.CONFLICT,
            "Cannot ${action} ${type}. No free MAC address is left in the Data Center's pool."),
    ACTION_TYPE_FAILED_INTERFACE_TYPE_DOES_NOT_MATCH_PROFILE(
            "Cannot ${action} ${type}. Interface type ${InterfaceType} does not fit a ${ProfileKind} vNIC profile."),
    ACTION_TYPE_FAILED_CANNOT_CHANGE_PLUGGED_INTERFACE_PROFILE(Kind.CONFLICT,
            "Cannot ${action} ${type}. Unplug the interface before changing its vNIC profile on a running VM."),
    ACTION_TYPE_FAILED_FAILOVER_NETWORK_NOT_ON_HOST(
            "Cannot ${action} ${type}. The failover network ${NetworkName} is not attached to host ${HostName}."),
    ACTION_TYPE_FAILED_INTERFACE_HAS_NO_PROFILE(
            "Cannot ${action} ${type}. Interface ${InterfaceName} has no vNIC profile, so there is nothing to plug."),
    ACTION_TYPE_FAILED_CANNOT_CHANGE_PLUGGED_INTERFACE_MAC(Kind.CONFLICT,
            "Cannot ${action} ${type}. Unplug interface ${InterfaceName} before changing its MAC address on the "
                    + "running VM ${VmName}."),
    ACTION_TYPE_FAILED_CANNOT_REMOVE_PLUGGED_INTERFACE(Kind.CONFLICT,
            "Cannot ${action} ${type}. Unplug interface ${InterfaceName} before removing it from the running VM "
                    + "${VmName}."),
    ACTION_TYPE_FAILED_INTERFACE_ALREADY_IN_REQUESTED_STATE(Kind.CONFLICT,
            "Cannot ${action} ${type}. Interface ${InterfaceName} is already ${PlugState}."),

    // --- migration ---
    ACTION_TYPE_FAILED_VM_IS_MIGRATING(Kind.CONFLICT, "Cannot ${action} ${type}. VM ${VmName} is being migrated."),
    ACTION_TYPE_FAILED_VM_IS_NOT_MIGRATING(Kind.CONFLICT,
            "Cannot ${action} ${type}. VM ${VmName} is not being migrated."),
    ACTION_TYPE_FAILED_MIGRATION_PAST_CANCEL_POINT(Kind.CONFLICT,
            "Cannot ${action} ${type}. VM ${VmName} already runs on the destination; its VFs are being plugged there."),
    ACTION_TYPE_FAILED_HOST_MIGRATION_LIMIT_REACHED(Kind.CONFLICT,
            "Cannot ${action} ${type}. Host ${HostName} already runs ${Limit} outgoing migration(s), its limit; "
                    + "try again when one ends."),

    // --- execution ---
    ACTION_TYPE_FAILED_OBJECT_MODIFIED_CONCURRENTLY(Kind.CONFLICT,
            "Cannot ${action} ${type}. It was changed by another request meanwhile; read it again and retry."),
    ACTION_TYPE_FAILED_CONSTRAINT_VIOLATION(Kind.CONFLICT,
            "Cannot ${action} ${type}. The change conflicts with the current state: ${Detail}."),
    ENGINE_INTERNAL_ERROR(Kind.INTERNAL, "Cannot ${action} ${type}. Internal engine error: ${Detail}.");

    /** How a failure is reported to a client: REST maps these to 400, 404, 409 and 500. */
    public enum Kind {
        INVALID, NOT_FOUND, CONFLICT, INTERNAL
    }

    private final Kind kind;
    private final String text;

    EngineMessage(String text) {
        this(Kind.INVALID, text);
    }

    EngineMessage(Kind kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    /** The English text with its {@code ${…}} placeholders. */
    public String text() {
        return text;
    }

    public Kind kind() {
        return kind;
    }
}
