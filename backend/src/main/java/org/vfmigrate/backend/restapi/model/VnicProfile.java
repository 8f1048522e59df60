package org.vfmigrate.backend.restapi.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlTransient;

/**
 * {@code <vnic_profile>} with the {@code failover} link (SPEC-failover.md §1.4). Whether the request named
 * {@code failover} at all is remembered: absent keeps the current value, while {@code <failover/>}, JSON
 * {@code null} or {@code {}} clear it.
 */
@XmlRootElement(name = "vnic_profile")
public class VnicProfile extends BaseResource {

    public Ref network;

    @XmlElement(name = "pass_through")
    public PassThrough passThrough;

    public String migratable;

    @XmlElement(name = "port_mirroring")
    public String portMirroring;

    @XmlTransient
    private Ref failover;

    @XmlTransient
    private boolean failoverSpecified;

    @XmlElement(name = "failover")
    public Ref getFailover() {
        return failover;
    }

    public void setFailover(Ref failover) {
        this.failover = failover;
        this.failoverSpecified = true;
    }

    /** True when the request carried a {@code failover} element or key, even an empty one. */
    @JsonIgnore
    public boolean isFailoverSpecified() {
        return failoverSpecified;
    }
}
