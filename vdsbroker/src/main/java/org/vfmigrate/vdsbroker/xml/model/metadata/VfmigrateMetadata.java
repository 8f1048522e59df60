package org.vfmigrate.vdsbroker.xml.model.metadata;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <vfm:vm id='…'><vfm:nic id='…' alias='ua-…' failover-alias='ua-fo-…'/></vfm:vm>} in our metadata
 * namespace: the engine ids behind a domain and its NIC aliases, so host truth can be reconciled with the
 * database after an engine restart.
 */
@XmlRootElement(name = "vm", namespace = VfmigrateMetadata.NAMESPACE)
@XmlAccessorType(XmlAccessType.FIELD)
public class VfmigrateMetadata {

    /** Our metadata namespace URI. */
    public static final String NAMESPACE = "https://vfmigrate.org/xmlns/libvirt/vm/1.0";

    @XmlAttribute(name = "id")
    private String vmId;

    @XmlElement(name = "nic", namespace = NAMESPACE)
    private List<Nic> nics;

    public VfmigrateMetadata() {
    }

    public VfmigrateMetadata(String vmId) {
        this.vmId = vmId;
    }

    public String getVmId() {
        return vmId;
    }

    public List<Nic> getNics() {
        if (nics == null) {
            nics = new ArrayList<>();
        }
        return nics;
    }

    /** One engine NIC and the aliases its devices carry. */
    @XmlAccessorType(XmlAccessType.FIELD)
    public static class Nic {

        @XmlAttribute(name = "id")
        private String nicId;

        @XmlAttribute(name = "alias")
        private String alias;

        @XmlAttribute(name = "failover-alias")
        private String failoverAlias;

        public Nic() {
        }

        public Nic(String nicId, String alias, String failoverAlias) {
            this.nicId = nicId;
            this.alias = alias;
            this.failoverAlias = failoverAlias;
        }

        public String getNicId() {
            return nicId;
        }

        public String getAlias() {
            return alias;
        }

        public String getFailoverAlias() {
            return failoverAlias;
        }
    }
}
