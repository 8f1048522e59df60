package org.vfmigrate.vdsbroker.xml.builder;

import java.util.List;
import org.vfmigrate.vdsbroker.vm.VmDescription;
import org.vfmigrate.vdsbroker.xml.DomainXmlCodec;
import org.vfmigrate.vdsbroker.xml.model.Domain;
import org.vfmigrate.vdsbroker.xml.model.DomainType;

/**
 * Entry point for start-time domain XML: runs the contributors in order over a fresh {@link Domain}. The
 * hypervisor type is a constructor argument so the same description can be defined on KVM hosts and on
 * libvirt's {@code test:///} driver. Stateless and thread-safe.
 */
public final class DomainXmlBuilder {

    private final List<DomainContributor> contributors;

    /** A builder for KVM hosts. */
    public DomainXmlBuilder() {
        this(DomainType.KVM);
    }

    public DomainXmlBuilder(DomainType type) {
        this.contributors = List.of(new GeneralContributor(type), new MetadataContributor(),
            new NetworkInterfaceContributor());
    }

    /** The typed domain for {@code vm}. */
    public Domain build(VmDescription vm) {
        Domain domain = new Domain();
        for (DomainContributor c : contributors) {
            c.contribute(vm, domain);
        }
        return domain;
    }

    /** The domain XML document for {@code vm}. */
    public String buildXml(VmDescription vm) {
        return DomainXmlCodec.get().write(build(vm));
    }
}
