package org.vfmigrate.backend.restapi.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.ovirt.engine.sdk4.Connection;
import org.ovirt.engine.sdk4.builders.ClusterBuilder;
import org.ovirt.engine.sdk4.builders.DataCenterBuilder;
import org.ovirt.engine.sdk4.builders.HostBuilder;
import org.ovirt.engine.sdk4.builders.NetworkBuilder;
import org.ovirt.engine.sdk4.builders.VersionBuilder;
import org.ovirt.engine.sdk4.builders.VnicPassThroughBuilder;
import org.ovirt.engine.sdk4.builders.VnicProfileBuilder;
import org.ovirt.engine.sdk4.services.SystemService;
import org.ovirt.engine.sdk4.types.Host;
import org.ovirt.engine.sdk4.types.HostStatus;
import org.ovirt.engine.sdk4.types.Network;
import org.ovirt.engine.sdk4.types.NetworkUsage;
import org.ovirt.engine.sdk4.types.VnicPassThroughMode;
import org.ovirt.engine.sdk4.types.VnicProfile;
import org.vfmigrate.backend.testing.ApiClient;

/**
 * A data center for failover VMs built through the official SDK: data center and cluster at level 4.6, the
 * bridged {@code ovirtmgmt} network (with its own profile) and {@code sriov-net}, and simulated hosts. Only the
 * bridge name of {@code ovirtmgmt}, which the oVirt model has no element for, is set with a plain request.
 */
final class SdkDataCenter {

    final String dc;
    final String cluster;
    final Network mgmtNet;
    final Network sriovNet;
    final VnicProfile mgmt;

    private final SystemService system;

    SdkDataCenter(Connection connection, ApiClient raw) {
        system = connection.systemService();
        dc = system.dataCentersService().add().dataCenter(new DataCenterBuilder().name("sdk-dc").local(false)
                .version(new VersionBuilder().major(4).minor(6)).build()).send().dataCenter().id();
        cluster = system.clustersService().add().cluster(new ClusterBuilder().name("sdk-cluster")
                .dataCenter(new DataCenterBuilder().id(dc)).version(new VersionBuilder().major(4).minor(6)).build())
                .send().cluster().id();
        mgmtNet = network("ovirtmgmt");
        HttpResponse<String> bridged = raw.put("/ovirt-engine/api/networks/" + mgmtNet.id(),
                "<network><bridge_name>ovirtmgmt</bridge_name></network>");
        assertThat(bridged.statusCode()).as(bridged.body()).isEqualTo(200);
        sriovNet = network("sriov-net");
        mgmt = system.networksService().networkService(mgmtNet.id()).vnicProfilesService().list().send().profiles()
                .get(0);
    }

    Network network(String name) {
        return system.networksService().add().network(new NetworkBuilder().name(name)
                .dataCenter(new DataCenterBuilder().id(dc)).usages(NetworkUsage.VM).build()).send().network();
    }

    /** A passthrough, migratable profile on sriov-net, added under the network as oVirt clients do. */
    VnicProfile vfProfile(String name) {
        return system.networksService().networkService(sriovNet.id()).vnicProfilesService().add()
                .profile(new VnicProfileBuilder().name(name).migratable(true)
                        .passThrough(new VnicPassThroughBuilder().mode(VnicPassThroughMode.ENABLED)).build())
                .send().profile();
    }

    /** A simulated host with {@code vfs} VFs on sriov-net and the ovirtmgmt bridge, added and brought up. */
    Host host(String name, int vfs) {
        String address = "sim://" + name + "-" + UUID.randomUUID().toString().substring(0, 8) + "?vfs=" + vfs
                + "&networks=sriov-net&bridges=ovirtmgmt";
        Host host = system.hostsService().add().host(new HostBuilder().name(name).address(address)
                .cluster(new ClusterBuilder().id(cluster)).build()).send().host();
        assertThat(host.address()).isEqualTo(address);
        assertThat(host.status()).isEqualTo(HostStatus.UP);
        return host;
    }
}
