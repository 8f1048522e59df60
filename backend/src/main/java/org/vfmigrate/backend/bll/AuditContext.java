package org.vfmigrate.backend.bll;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.vfmigrate.common.businessentities.AuditLog;

/**
 * What a command tells the audit log about itself while it runs: placeholder values for the entry's text and the
 * ids of the objects it concerns. Filled during validation and execution, read once the outcome is known.
 */
public final class AuditContext {

    private final Map<String, String> values = new LinkedHashMap<>();
    private UUID dataCenterId;
    private UUID clusterId;
    private UUID networkId;
    private UUID vnicProfileId;
    private UUID vmId;
    private UUID hostId;

    public AuditContext put(String placeholder, String value) {
        values.put(placeholder, value == null ? "" : value);
        return this;
    }

    /** Sets a placeholder only if the command has not set it itself. */
    public AuditContext putIfAbsent(String placeholder, String value) {
        if (!values.containsKey(placeholder)) {
            put(placeholder, value);
        }
        return this;
    }

    public Map<String, String> values() {
        return values;
    }

    public AuditContext dataCenter(UUID id, String name) {
        dataCenterId = id;
        return put("DataCenterName", name);
    }

    public AuditContext cluster(UUID id, String name) {
        clusterId = id;
        return put("ClusterName", name);
    }

    public AuditContext network(UUID id, String name) {
        networkId = id;
        return put("NetworkName", name);
    }

    public AuditContext vnicProfile(UUID id, String name) {
        vnicProfileId = id;
        return put("VnicProfileName", name);
    }

    public AuditContext vm(UUID id, String name) {
        vmId = id;
        return put("VmName", name);
    }

    public AuditContext host(UUID id, String name) {
        hostId = id;
        return put("HostName", name);
    }

    /** Copies the ids onto a new entry. */
    void applyTo(AuditLog entry) {
        entry.setDataCenterId(dataCenterId);
        entry.setClusterId(clusterId);
        entry.setNetworkId(networkId);
        entry.setVnicProfileId(vnicProfileId);
        entry.setVmId(vmId);
        entry.setHostId(hostId);
    }
}
