package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.Optional;

/**
 * {@code <domain type='kvm'>}: the root of libvirt's domain XML, limited to the parts we write or read
 * (name, uuid, metadata, memory, vcpu, os, devices). Everything else a host reports is kept verbatim.
 */
@XmlRootElement(name = "domain")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"name", "uuid", "metadata", "memory", "vcpu", "os", "devices", "otherElements"})
public class Domain extends XmlExtensible {

    @XmlAttribute(name = "type")
    private DomainType type;

    @XmlAttribute(name = "id")
    private Integer id;

    @XmlElement(name = "name")
    private String name;

    @XmlElement(name = "uuid")
    private String uuid;

    @XmlElement(name = "metadata")
    private DomainMetadata metadata;

    @XmlElement(name = "memory")
    private DomainMemory memory;

    @XmlElement(name = "vcpu")
    private DomainVCPU vcpu;

    @XmlElement(name = "os")
    private DomainOS os;

    @XmlElement(name = "devices")
    private DomainDeviceList devices;

    public Domain() {
    }

    public Domain(DomainType type) {
        this.type = type;
    }

    public DomainType getType() {
        return type;
    }

    public Domain setType(DomainType type) {
        this.type = type;
        return this;
    }

    /** The runtime id of a running domain (live XML only). */
    public Integer getId() {
        return id;
    }

    public Domain setId(Integer id) {
        this.id = id;
        return this;
    }

    public String getName() {
        return name;
    }

    public Domain setName(String name) {
        this.name = name;
        return this;
    }

    public String getUuid() {
        return uuid;
    }

    public Domain setUuid(String uuid) {
        this.uuid = uuid;
        return this;
    }

    public DomainMetadata getMetadata() {
        return metadata;
    }

    public Domain setMetadata(DomainMetadata metadata) {
        this.metadata = metadata;
        return this;
    }

    public DomainMemory getMemory() {
        return memory;
    }

    public Domain setMemory(DomainMemory memory) {
        this.memory = memory;
        return this;
    }

    public DomainVCPU getVcpu() {
        return vcpu;
    }

    public Domain setVcpu(DomainVCPU vcpu) {
        this.vcpu = vcpu;
        return this;
    }

    public DomainOS getOs() {
        return os;
    }

    public Domain setOs(DomainOS os) {
        this.os = os;
        return this;
    }

    /** The device list, created on first access. */
    public DomainDeviceList getDevices() {
        if (devices == null) {
            devices = new DomainDeviceList();
        }
        return devices;
    }

    /** The interface carrying the given alias. */
    public Optional<DomainInterface> interfaceByAlias(String alias) {
        return getDevices().getInterfaces().stream().filter(i -> alias.equals(i.aliasName())).findFirst();
    }
}
