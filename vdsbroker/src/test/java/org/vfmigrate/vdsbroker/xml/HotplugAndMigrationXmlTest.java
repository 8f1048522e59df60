package org.vfmigrate.vdsbroker.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vfmigrate.vdsbroker.support.Golden;
import org.vfmigrate.vdsbroker.support.VmFixtures;
import org.vfmigrate.vdsbroker.vm.NicAliases;
import org.vfmigrate.vdsbroker.vm.PciAddress;
import org.vfmigrate.vdsbroker.vm.VmNicDescription;
import org.vfmigrate.vdsbroker.xml.builder.HotplugXmlBuilder;
import org.vfmigrate.vdsbroker.xml.builder.MigrationXmlRewriter;
import org.vfmigrate.vdsbroker.xml.model.Domain;
import org.vfmigrate.vdsbroker.xml.model.DomainInterface;

/** Hot-plug device documents and the hypervisor-managed migration destination rewrite. */
class HotplugAndMigrationXmlTest {

    private static final String SOURCE_LIVE = Golden.read("live/source-live.xml");
    private static final String VF_ALIAS = NicAliases.primary(VmFixtures.id(0x101));

    private final HotplugXmlBuilder hotplug = new HotplugXmlBuilder();
    private final MigrationXmlRewriter rewriter = new MigrationXmlRewriter();
    private final DomainXmlCodec codec = DomainXmlCodec.get();

    @Test
    void vfPlugDocumentOfAFailoverNicIsTheTeamingTransientVf() {
        VmNicDescription nic = VmFixtures.vlanFailover().nics().get(0);
        String xml = hotplug.primaryXml(nic);
        Golden.assertMatches("golden/hotplug-vf.xml", xml);
        Golden.assertSameXml(codec.write(codec.parseInterface(xml)), xml);
    }

    @Test
    void twinPlugDocumentIsTheTeamingPersistentVirtio() {
        VmNicDescription nic = VmFixtures.vlanFailover().nics().get(0);
        String xml = hotplug.failoverTwinXml(nic);
        Golden.assertMatches("golden/hotplug-twin.xml", xml);
        Golden.assertSameXml(codec.write(codec.parseInterface(xml)), xml);
    }

    @Test
    void unplugDocumentIsCutFromTheLiveXmlByAlias() {
        String xml = hotplug.unplugXml(codec.parseDomain(SOURCE_LIVE), VF_ALIAS);
        DomainInterface iface = codec.parseInterface(xml);
        assertThat(iface.aliasName()).isEqualTo(VF_ALIAS);
        assertThat(iface.getAddress().toPciAddress()).isEqualTo(new PciAddress(0, 1, 0, 0));
        assertThat(xml).contains("rom");
    }

    @Test
    void unplugOfAnUnknownAliasIsRefused() {
        Domain live = codec.parseDomain(SOURCE_LIVE);
        assertThatThrownBy(() -> hotplug.unplugXml(live, "ua-nope")).isInstanceOf(DomainXmlException.class)
            .hasMessageContaining("ua-nope");
    }

    @Test
    void destinationRewriteNamesTheDestinationVfAndKeepsEverythingElse() {
        String dest = rewriter.rewrite(SOURCE_LIVE, Map.of(VF_ALIAS, PciAddress.parse("0000:af:10.3")));
        Golden.assertMatches("golden/destination.xml", dest);
        Golden.assertSameXml(codec.write(codec.parseDomain(dest)), dest);
    }

    @Test
    void destinationRewriteRefusesAVfWithoutDestination() {
        assertThatThrownBy(() -> rewriter.rewrite(SOURCE_LIVE, Map.of()))
            .isInstanceOf(DomainXmlException.class).hasMessageContaining(VF_ALIAS);
    }

    @Test
    void destinationRewriteRefusesAnAliasThatIsNotAVf() {
        assertThatThrownBy(() -> rewriter.rewrite(SOURCE_LIVE,
            Map.of(VF_ALIAS, PciAddress.parse("af:10.3"), "ua-ghost", PciAddress.parse("af:10.4"))))
            .isInstanceOf(DomainXmlException.class).hasMessageContaining("ua-ghost");
    }

    @Test
    void readModifyWriteOfLiveXmlLosesNothing() {
        Domain live = codec.parseDomain(SOURCE_LIVE);
        String written = codec.write(live);
        Golden.assertSameXml(written, SOURCE_LIVE);
        assertThat(live.getMetadata().vfmigrate().getNics()).hasSize(1);
    }
}
