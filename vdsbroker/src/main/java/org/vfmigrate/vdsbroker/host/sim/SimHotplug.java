package org.vfmigrate.vdsbroker.host.sim;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.vfmigrate.vdsbroker.host.HostEvent;
import org.vfmigrate.vdsbroker.host.HostOperation;
import org.vfmigrate.vdsbroker.xml.DomainXmlCodec;
import org.vfmigrate.vdsbroker.xml.DomainXmlException;
import org.vfmigrate.vdsbroker.xml.model.DomainAlias;
import org.vfmigrate.vdsbroker.xml.model.DomainInterface;

/**
 * Hot-plug and hot-unplug on a simulated host. Plug attaches at once (running domains only). Unplug only
 * asks the guest: the device disappears when the guest acknowledges after {@code unplug_ack_ms}, and never
 * for a guest that cannot (no hotplug, or no {@code net_failover} for a teaming VF) or under a
 * {@code no_ack} fault — as with QEMU, an unacknowledged request stays pending; the caller's timeout only
 * bounds its wait. Asking again for a device whose removal is pending joins that request and notifies the
 * guest once more (QEMU re-sends the hot-unplug request; libvirt waits for the one {@code DEVICE_DELETED}): a
 * guest that can release the device now (its settings changed, e.g. reset with {@code DELETE}, or the fault that
 * made it ignore the first request is used up) acknowledges it, which completes the pending request and frees
 * the VM for later unplugs and migrations. All methods run under the environment lock.
 */
final class SimHotplug {

    private final SimHost host;

    SimHotplug(SimHost host) {
        this.host = host;
    }

    void plug(String vmName, String interfaceXml) {
        SimDomain d = host.running(vmName);
        DomainInterface iface;
        try {
            iface = DomainXmlCodec.get().parseInterface(interfaceXml);
        } catch (DomainXmlException e) {
            throw SimError.raw("XML error: " + e.getMessage());
        }
        List<DomainInterface> live = d.live.getDevices().getInterfaces();
        SimRules.dropNonUserAliases(List.of(iface));
        if (iface.getAlias() == null) {
            iface.setAlias(new DomainAlias(SimRules.generatedAlias(iface, live.size())));
        }
        SimRules.validateHotplug(d.live, iface);
        host.resources().claim(vmName, List.of(iface));
        live.add(iface);
        host.emit(new HostEvent.DeviceAdded(host.address(), vmName, iface.aliasName()));
        host.refreshDataPath(d);
    }

    CompletableFuture<Void> unplug(String vmName, String alias, Duration timeout, SimFault fault) {
        SimDomain d = host.running(vmName);
        DomainInterface iface = d.live.interfaceByAlias(alias)
            .orElseThrow(() -> SimError.deviceMissing("no device found with alias " + alias));
        SimDomain.PendingUnplug pending = d.pendingUnplugs.computeIfAbsent(alias, a -> new SimDomain.PendingUnplug());
        boolean acks = fault == null && host.settings().guest(vmName).acknowledgesUnplug(iface.isTeamingTransient());
        if (acks && !pending.acknowledging) {
            pending.acknowledging = true;
            pending.ack = host.env().schedule(host.settings().unplugAckMs(), () -> acknowledge(vmName, alias));
        }
        CompletableFuture<Void> result = new CompletableFuture<>();
        SimScheduler.Cancellable timer = host.env().schedule(timeout.toMillis(), () -> {
            if (!result.isDone()) {
                host.failLater(result, host.timeout(HostOperation.HOT_UNPLUG, vmName,
                    "the guest did not release device " + alias + " within " + timeout.toMillis() + " ms"));
            }
        });
        pending.removed.whenComplete((v, e) -> {
            timer.cancel();
            if (e == null) {
                result.complete(null);
            } else {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private void acknowledge(String vmName, String alias) {
        SimDomain d = host.domain(vmName);
        SimDomain.PendingUnplug p = d.pendingUnplugs.remove(alias);
        if (p == null || d.live == null) {
            return;
        }
        d.live.interfaceByAlias(alias).ifPresent(iface -> {
            d.live.getDevices().getInterfaces().remove(iface);
            host.resources().release(vmName, SimResources.vfsOf(List.of(iface)));
        });
        host.emit(new HostEvent.DeviceRemoved(host.address(), vmName, alias));
        host.refreshDataPath(d);
        host.completeLater(p.removed, null);
    }
}
