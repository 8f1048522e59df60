package org.vfmigrate.vdsbroker.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The codec refuses DTDs, external entities and entity expansion, and reports malformed XML cleanly. */
class DomainXmlCodecSafetyTest {

    private final DomainXmlCodec codec = DomainXmlCodec.get();

    @Test
    void externalEntityIsRefused(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = "<?xml version='1.0'?><!DOCTYPE domain [<!ENTITY x SYSTEM '" + secret.toUri() + "'>]>"
            + "<domain type='kvm'><name>&x;</name></domain>";
        assertThatThrownBy(() -> codec.parseDomain(xml)).isInstanceOf(DomainXmlException.class)
            .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void entityExpansionIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE domain [<!ENTITY a0 'lol'>");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" '").append(("&a" + (i - 1) + ";").repeat(10)).append("'>");
        }
        String xml = dtd.append("]><domain type='kvm'><name>&a9;</name></domain>").toString();
        assertThatThrownBy(() -> codec.parseDomain(xml)).isInstanceOf(DomainXmlException.class);
    }

    @Test
    void plainDoctypeIsRefused() {
        assertThatThrownBy(() -> codec.parseDomain("<!DOCTYPE domain><domain type='kvm'><name>a</name></domain>"))
            .isInstanceOf(DomainXmlException.class).hasMessageContaining("DTD");
    }

    @Test
    void malformedXmlIsReportedAsDomainXmlException() {
        assertThatThrownBy(() -> codec.parseDomain("<domain><name>a</domain>"))
            .isInstanceOf(DomainXmlException.class).hasMessageStartingWith("Cannot parse libvirt XML");
    }

    @Test
    void unknownEnumValueDoesNotBreakParsing() {
        var d = codec.parseDomain("<domain type='kvm'><name>a</name><devices><interface type='bridge'>"
            + "<link state='sideways'/></interface></devices></domain>");
        assertThat(d.getDevices().getInterfaces()).hasSize(1);
    }
}
