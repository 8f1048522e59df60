package org.vfmigrate.vdsbroker.host.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.ThrowableAssert;
import org.vfmigrate.vdsbroker.host.HostEvent;
import org.vfmigrate.vdsbroker.host.HostOperationException;
import org.vfmigrate.vdsbroker.vm.PciAddress;
import org.vfmigrate.vdsbroker.vm.VmDescription;
import org.vfmigrate.vdsbroker.xml.DomainXmlCodec;
import org.vfmigrate.vdsbroker.xml.builder.DomainXmlBuilder;
import org.vfmigrate.vdsbroker.xml.model.Domain;

/** Two simulated hosts on a virtual clock, with helpers shared by the simulator tests. */
class SimHarness {

    static final Set<String> BRIDGES = Set.of("ovirtmgmt", "br-failover", "br-sriov", "br-sriov-vlan");

    final VirtualTimeScheduler clock = new VirtualTimeScheduler();
    final SimEnvironment env = new SimEnvironment(clock);
    final SimHost h1 = env.addHost(SimHostConfig.typical("h1", 4, Set.of("sriov-net", "sriov-vlan"), BRIDGES));
    final SimHost h2 = env.addHost(SimHostConfig.typical("h2", 4, Set.of("sriov-net", "sriov-vlan"), BRIDGES));
    final List<HostEvent> events = new CopyOnWriteArrayList<>();
    final DomainXmlBuilder builder = new DomainXmlBuilder();

    SimHarness() {
        h1.subscribe(events::add);
        h2.subscribe(events::add);
    }

    void run(SimHost host, VmDescription vm) {
        host.define(builder.buildXml(vm));
        CompletableFuture<Void> started = host.start(vm.name());
        clock.runDue();
        started.join();
    }

    Domain live(SimHost host, String vm) {
        return DomainXmlCodec.get().parseDomain(host.liveXml(vm));
    }

    String usedBy(SimHost host, PciAddress vf) {
        return host.pciInventory().physicalFunctions().stream().flatMap(pf -> pf.virtualFunctions().stream())
            .filter(v -> v.address().equals(vf)).findFirst().orElseThrow().usedBy();
    }

    <E extends HostEvent> List<E> eventsOf(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static HostOperationException failure(CompletableFuture<?> f) {
        assertThat(f).isCompletedExceptionally();
        try {
            f.join();
        } catch (CompletionException e) {
            return (HostOperationException) e.getCause();
        }
        throw new AssertionError("not failed");
    }

    static HostOperationException thrown(ThrowableAssert.ThrowingCallable call) {
        try {
            call.call();
        } catch (HostOperationException e) {
            return e;
        } catch (Throwable t) {
            throw new AssertionError("unexpected " + t, t);
        }
        throw new AssertionError("no HostOperationException");
    }
}
