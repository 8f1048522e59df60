package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <cluster>}. */
@XmlRootElement(name = "cluster")
public class Cluster extends BaseResource {

    @XmlElement(name = "data_center")
    public Ref dataCenter;

    public ApiVersion version;

    /** Beyond the oVirt API: {@code engine_managed} or {@code hypervisor_managed} (who moves the VF). */
    @XmlElement(name = "migration_mode")
    public String migrationMode;

    /** Beyond the oVirt API: {@code none}, {@code even_vm_distribution} or {@code even_vf_usage}. */
    @XmlElement(name = "balancing_policy")
    public String balancingPolicy;

    /** Beyond the oVirt API: {@code minimal_downtime}, {@code suspend_workload} or {@code legacy}. */
    @XmlElement(name = "migration_policy")
    public String migrationPolicy;
}
