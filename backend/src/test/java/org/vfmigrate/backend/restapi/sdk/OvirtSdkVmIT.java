package org.vfmigrate.backend.restapi.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ovirt.engine.sdk4.builders.ClusterBuilder;
import org.ovirt.engine.sdk4.builders.HostBuilder;
import org.ovirt.engine.sdk4.builders.NicBuilder;
import org.ovirt.engine.sdk4.builders.OperatingSystemBuilder;
import org.ovirt.engine.sdk4.builders.VmBuilder;
import org.ovirt.engine.sdk4.builders.VnicProfileBuilder;
import org.ovirt.engine.sdk4.services.VmNicService;
import org.ovirt.engine.sdk4.services.VmService;
import org.ovirt.engine.sdk4.types.Event;
import org.ovirt.engine.sdk4.types.Host;
import org.ovirt.engine.sdk4.types.HostDevice;
import org.ovirt.engine.sdk4.types.Job;
import org.ovirt.engine.sdk4.types.JobStatus;
import org.ovirt.engine.sdk4.types.Nic;
import org.ovirt.engine.sdk4.types.NicInterface;
import org.ovirt.engine.sdk4.types.Step;
import org.ovirt.engine.sdk4.types.StepEnum;
import org.ovirt.engine.sdk4.types.StepStatus;
import org.ovirt.engine.sdk4.types.Vm;
import org.ovirt.engine.sdk4.types.VmStatus;
import org.ovirt.engine.sdk4.types.VnicProfile;

/**
 * A failover VF VM driven through the SDK from start to end: added with a NIC on the VF profile, started,
 * migrated to a named host and to one the engine picks, its NIC unplugged and plugged back, the migrations read
 * back as jobs with steps and as events, and everything removed again.
 */
class OvirtSdkVmIT extends OvirtSdkTestBase {

    private static final long GIB = 1L << 30;

    @Test
    void aVfVmRunsMigratesAndReplugsThroughTheSdkAndIsRemovedAfterwards() {
        SdkDataCenter dc = new SdkDataCenter(connection, raw);
        VnicProfile vf = dc.vfProfile("sriov-vf");
        HttpResponse<String> failover = raw.put(API + "/vnicprofiles/" + vf.id(), "<vnic_profile id=\"" + vf.id()
                + "\"><failover id=\"" + dc.mgmt.id() + "\"/></vnic_profile>");
        assertThat(failover.statusCode()).as(failover.body()).isEqualTo(200);
        Host h1 = dc.host("h1", 2);
        Host h2 = dc.host("h2", 2);
        Vm vm = system().vmsService().add().vm(new VmBuilder().name("sdk-vm").memory(GIB)
                .cluster(new ClusterBuilder().id(dc.cluster))
                .os(new OperatingSystemBuilder().type("rhel_8x64")).build()).send().vm();
        assertThat(vm.status()).isEqualTo(VmStatus.DOWN);
        assertThat(vm.memoryAsLong()).isEqualTo(GIB);
        VmService vmService = system().vmsService().vmService(vm.id());
        Nic nic = vmService.nicsService().add().nic(new NicBuilder().name("nic1")
                .vnicProfile(new VnicProfileBuilder().id(vf.id())).build()).send().nic();
        assertThat(nic.interface_()).isEqualTo(NicInterface.PCI_PASSTHROUGH);
        assertThat(nic.mac().address()).matches("([0-9a-f]{2}:){5}[0-9a-f]{2}");

        vmService.start().send();
        awaitUp(vmService, null);
        String first = vmService.get().send().vm().host().id();
        String other = first.equals(h1.id()) ? h2.id() : h1.id();
        assertLinksLeadToTheRunningVm(vmService.get().send().vm(), first.equals(h1.id()) ? h1 : h2, dc);

        vmService.migrate().host(new HostBuilder().id(other).build()).send();
        awaitUp(vmService, other);
        vmService.migrate().send();
        awaitUp(vmService, first);

        VmNicService nicService = vmService.nicsService().nicService(nic.id());
        nicService.deactivate().send();
        assertThat(nicService.get().send().nic().plugged()).isFalse();
        nicService.activate().send();
        assertThat(nicService.get().send().nic().plugged()).isTrue();

        assertMigrationJobs(2);
        assertEventsNameTheVm(vm.id());

        vmService.stop().send();
        await("VM down", () -> vmService.get().send().vm().status() == VmStatus.DOWN);
        nicService.remove().send();
        assertGone(() -> nicService.get().send());
        vmService.remove().send();
        assertGone(() -> vmService.get().send());
        removeEverything(dc, vf);
    }

    /** Waits until no migration runs and the VM is up, on {@code host} if named. */
    private void awaitUp(VmService vmService, String host) {
        await("VM up" + (host == null ? "" : " on " + host), () -> {
            Vm vm = vmService.get().send().vm();
            return vm.status() == VmStatus.UP && (host == null || host.equals(vm.host().id()))
                    && system().jobsService().list().send().jobs().stream()
                            .noneMatch(j -> j.status() == JobStatus.STARTED);
        });
    }

    /** The links the SDK follows name the VM's NIC, the VF it holds on its host and the networks there. */
    private void assertLinksLeadToTheRunningVm(Vm vm, Host host, SdkDataCenter dc) {
        assertThat(connection.followLink(vm.nics())).extracting(Nic::name).containsExactly("nic1");
        List<HostDevice> devices = connection.followLink(host.devices());
        assertThat(devices).filteredOn(d -> d.vm() != null).singleElement().satisfies(vf -> {
            assertThat(vf.vm().id()).isEqualTo(vm.id());
            assertThat(vf.physicalFunction().id()).isIn(devices.stream().map(HostDevice::id).toList());
        });
        assertThat(connection.followLink(host.networkAttachments())).extracting(a -> a.network().id())
                .contains(dc.mgmtNet.id());
    }

    private void assertMigrationJobs(int count) {
        List<Job> jobs = system().jobsService().list().send().jobs();
        assertThat(jobs).hasSize(count);
        for (Job job : jobs) {
            assertThat(job.status()).isEqualTo(JobStatus.FINISHED);
            assertThat(job.description()).contains("sdk-vm");
            assertThat(job.startTime()).isNotNull();
            assertThat(job.endTime()).isAfterOrEqualTo(job.startTime());
            assertThat(job.owner().name()).isEqualTo("admin@internal");
            List<Step> steps = connection.followLink(job.steps());
            assertThat(steps).isNotEmpty().allSatisfy(step -> {
                assertThat(step.type()).as("type of step %s", step.description()).isEqualTo(StepEnum.EXECUTING);
                assertThat(step.status()).isEqualTo(StepStatus.FINISHED);
                assertThat(step.progressAsInteger()).isEqualTo(100);
                assertThat(step.startTime()).isBeforeOrEqualTo(step.endTime());
                assertThat(step.job().id()).isEqualTo(job.id());
            });
            assertThat(system().jobsService().jobService(job.id()).stepsService().list().send().steps())
                    .extracting(Step::id).containsExactlyElementsOf(steps.stream().map(Step::id).toList());
        }
    }

    private void assertEventsNameTheVm(String vmId) {
        List<Event> events = system().eventsService().list().max(100).send().events();
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.code()).isNotNull();
            assertThat(e.severity()).as("severity of %s", e.description()).isNotNull();
            assertThat(e.time()).isNotNull();
            assertThat(e.description()).isNotBlank();
        });
        assertThat(events).filteredOn(e -> e.vm() != null && vmId.equals(e.vm().id()))
                .extracting(Event::description)
                .filteredOn(d -> d.startsWith("Migration of VM sdk-vm to ") && d.contains(" completed"))
                .hasSize(2);
        Event newest = events.get(0);
        assertThat(system().eventsService().eventService(newest.id()).get().send().event().description())
                .isEqualTo(newest.description());
    }

    private void removeEverything(SdkDataCenter dc, VnicProfile vf) {
        for (Host host : system().hostsService().list().send().hosts()) {
            system().hostsService().hostService(host.id()).deactivate().send();
            system().hostsService().hostService(host.id()).remove().send();
            assertGone(() -> system().hostsService().hostService(host.id()).get().send());
        }
        system().vnicProfilesService().profileService(vf.id()).remove().send();
        assertGone(() -> system().vnicProfilesService().profileService(vf.id()).get().send());
        for (String network : List.of(dc.sriovNet.id(), dc.mgmtNet.id())) {
            system().networksService().networkService(network).remove().send();
            assertGone(() -> system().networksService().networkService(network).get().send());
        }
        system().clustersService().clusterService(dc.cluster).remove().send();
        system().dataCentersService().dataCenterService(dc.dc).remove().send();
        assertGone(() -> system().dataCentersService().dataCenterService(dc.dc).get().send());
        assertThat(system().vmsService().list().send().vms()).isEmpty();
        assertThat(system().vnicProfilesService().list().send().profiles()).isEmpty();
        assertThat(system().clustersService().list().send().clusters()).isEmpty();
    }
}
