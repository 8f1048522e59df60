package org.vfmigrate.backend.restapi.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ovirt.engine.sdk4.builders.NetworkBuilder;
import org.ovirt.engine.sdk4.builders.VnicProfileBuilder;
import org.ovirt.engine.sdk4.services.VnicProfileService;
import org.ovirt.engine.sdk4.types.Network;
import org.ovirt.engine.sdk4.types.NetworkUsage;
import org.ovirt.engine.sdk4.types.VnicPassThroughMode;
import org.ovirt.engine.sdk4.types.VnicProfile;
import org.vfmigrate.backend.testing.Xml;

/**
 * Networks and vNIC profiles through the SDK: list, add, update, remove; and passthrough profiles whose failover
 * link, which SDK 4.4.5 predates, is set with a plain XML or JSON request and still read by the SDK.
 */
class OvirtSdkNetworkIT extends OvirtSdkTestBase {

    private static final String PROFILES = API + "/vnicprofiles/";

    private SdkDataCenter dc;

    @BeforeEach
    void dataCenter() {
        dc = new SdkDataCenter(connection, raw);
    }

    @Test
    void networksAreListedAddedUpdatedAndRemoved() {
        Network spare = dc.network("spare");
        assertThat(spare.dataCenter().id()).isEqualTo(dc.dc);
        assertThat(spare.usages()).containsExactly(NetworkUsage.VM);
        assertThat(system().networksService().list().send().networks()).extracting(Network::name)
                .containsExactlyInAnyOrder("ovirtmgmt", "sriov-net", "spare");

        Network updated = system().networksService().networkService(spare.id()).update()
                .network(new NetworkBuilder().description("for later").mtu(9000).build()).send().network();

        assertThat(updated.description()).isEqualTo("for later");
        assertThat(updated.mtuAsInteger()).isEqualTo(9000);
        assertThat(updated.name()).as("what the update left out is kept").isEqualTo("spare");
        assertThat(system().networksService().networkService(spare.id()).vnicProfilesService().list().send()
                .profiles()).extracting(VnicProfile::name).as("a network gets its own profile")
                .containsExactly("spare");

        system().networksService().networkService(spare.id()).remove().send();

        assertGone(() -> system().networksService().networkService(spare.id()).get().send());
        assertThat(system().networksService().list().send().networks()).extracting(Network::name)
                .containsExactlyInAnyOrder("ovirtmgmt", "sriov-net");
    }

    @Test
    void passthroughProfilesAreAddedUpdatedAndRemoved() {
        VnicProfile vf = dc.vfProfile("sriov-vf");
        assertThat(vf.passThrough().mode()).isEqualTo(VnicPassThroughMode.ENABLED);
        assertThat(vf.migratable()).isTrue();
        assertThat(vf.network().id()).isEqualTo(dc.sriovNet.id());
        VnicProfile plain = system().vnicProfilesService().add().profile(new VnicProfileBuilder().name("plain")
                .network(new NetworkBuilder().id(dc.sriovNet.id())).build()).send().profile();
        assertThat(plain.passThrough().mode()).isEqualTo(VnicPassThroughMode.DISABLED);

        VnicProfileService service = system().vnicProfilesService().profileService(vf.id());
        VnicProfile updated = service.update().profile(new VnicProfileBuilder().description("VFs of sriov-net")
                .build()).send().profile();

        assertThat(updated.description()).isEqualTo("VFs of sriov-net");
        assertThat(updated.passThrough().mode()).isEqualTo(VnicPassThroughMode.ENABLED);
        assertThat(system().vnicProfilesService().list().send().profiles()).extracting(VnicProfile::name)
                .containsExactlyInAnyOrder("ovirtmgmt", "sriov-net", "sriov-vf", "plain");

        system().vnicProfilesService().profileService(plain.id()).remove().send();

        assertGone(() -> system().vnicProfilesService().profileService(plain.id()).get().send());
        assertThat(system().networksService().networkService(dc.sriovNet.id()).vnicProfilesService().list().send()
                .profiles()).extracting(VnicProfile::name).containsExactlyInAnyOrder("sriov-net", "sriov-vf");
    }

    @Test
    void failoverSetByPlainXmlAndJsonLeavesProfilesTheSdkReadsAndUpdates() {
        VnicProfile byXml = dc.vfProfile("vf-xml");
        VnicProfile byJson = dc.vfProfile("vf-json");

        HttpResponse<String> xml = raw.put(PROFILES + byXml.id(), "<vnic_profile id=\"" + byXml.id()
                + "\"><failover id=\"" + dc.mgmt.id() + "\"/></vnic_profile>");
        HttpResponse<String> json = raw.json().put(PROFILES + byJson.id(), "{\"id\":\"" + byJson.id()
                + "\",\"failover\":{\"id\":\"" + dc.mgmt.id() + "\"}}");
        raw.xml();

        assertThat(xml.statusCode()).as(xml.body()).isEqualTo(200);
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        assertThat(failoverOf(byXml)).isEqualTo(dc.mgmt.id());
        assertThat(failoverOf(byJson)).isEqualTo(dc.mgmt.id());
        for (VnicProfile p : system().vnicProfilesService().list().send().profiles()) {
            assertThat(p.name()).isIn("ovirtmgmt", "sriov-net", "vf-xml", "vf-json");
            assertThat(p.network().id()).isIn(dc.mgmtNet.id(), dc.sriovNet.id());
        }
        for (VnicProfile read : new VnicProfile[] {get(byXml), get(byJson)}) {
            assertThat(read.passThrough().mode()).isEqualTo(VnicPassThroughMode.ENABLED);
            assertThat(read.migratable()).isTrue();
        }

        system().vnicProfilesService().profileService(byXml.id()).update()
                .profile(new VnicProfileBuilder().description("failover to ovirtmgmt").build()).send();

        assertThat(get(byXml).description()).isEqualTo("failover to ovirtmgmt");
        assertThat(failoverOf(byXml)).as("an SDK update, which cannot name failover, keeps it")
                .isEqualTo(dc.mgmt.id());
    }

    private VnicProfile get(VnicProfile profile) {
        return system().vnicProfilesService().profileService(profile.id()).get().send().profile();
    }

    private String failoverOf(VnicProfile profile) {
        HttpResponse<String> r = raw.get(PROFILES + profile.id());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Xml.parse(r.body()).text("/vnic_profile/failover/@id");
    }
}
