package org.vfmigrate.common.businessentities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.vfmigrate.common.auditlog.AuditLogSeverity;
import org.vfmigrate.common.auditlog.AuditLogType;

/**
 * One audit log entry: what happened, to which objects, on whose behalf, with the rendered message. Entries
 * outlive the objects they name, so the ids carry no foreign keys.
 */
@Entity
@Table(name = "audit_log")
public class AuditLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "log_time", nullable = false)
    private Instant logTime;

    @Enumerated(EnumType.STRING)
    @Column(name = "log_type", nullable = false, length = 100)
    private AuditLogType logType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AuditLogSeverity severity;

    @Column(nullable = false, columnDefinition = "text")
    private String message;

    @Column(name = "user_name", length = 255)
    private String userName;

    @Column(name = "correlation_id", length = 50)
    private String correlationId;

    @Column(name = "data_center_id")
    private UUID dataCenterId;

    @Column(name = "cluster_id")
    private UUID clusterId;

    @Column(name = "network_id")
    private UUID networkId;

    @Column(name = "vnic_profile_id")
    private UUID vnicProfileId;

    @Column(name = "vm_id")
    private UUID vmId;

    @Column(name = "host_id")
    private UUID hostId;

    public AuditLog() {
    }

    public AuditLog(AuditLogType logType, String message, Instant logTime) {
        this.logType = logType;
        this.severity = logType.getSeverity();
        this.message = message;
        this.logTime = logTime;
    }

    public Long getId() {
        return id;
    }

    public Instant getLogTime() {
        return logTime;
    }

    public AuditLogType getLogType() {
        return logType;
    }

    public AuditLogSeverity getSeverity() {
        return severity;
    }

    public String getMessage() {
        return message;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public void setCorrelationId(String correlationId) {
        this.correlationId = correlationId;
    }

    public UUID getDataCenterId() {
        return dataCenterId;
    }

    public void setDataCenterId(UUID dataCenterId) {
        this.dataCenterId = dataCenterId;
    }

    public UUID getClusterId() {
        return clusterId;
    }

    public void setClusterId(UUID clusterId) {
        this.clusterId = clusterId;
    }

    public UUID getNetworkId() {
        return networkId;
    }

    public void setNetworkId(UUID networkId) {
        this.networkId = networkId;
    }

    public UUID getVnicProfileId() {
        return vnicProfileId;
    }

    public void setVnicProfileId(UUID vnicProfileId) {
        this.vnicProfileId = vnicProfileId;
    }

    public UUID getVmId() {
        return vmId;
    }

    public void setVmId(UUID vmId) {
        this.vmId = vmId;
    }

    public UUID getHostId() {
        return hostId;
    }

    public void setHostId(UUID hostId) {
        this.hostId = hostId;
    }
}
