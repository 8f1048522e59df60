package org.vfmigrate.vdsbroker.host.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.vfmigrate.vdsbroker.host.HostEvent;
import org.vfmigrate.vdsbroker.host.MigrationRequest;
import org.vfmigrate.vdsbroker.host.MigrationResult;
import org.vfmigrate.vdsbroker.xml.DomainXmlCodec;
import org.vfmigrate.vdsbroker.xml.model.Domain;
import org.vfmigrate.vdsbroker.xml.model.DomainInterface;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceType;

/**
 * One migration job between simulated hosts, as QEMU/libvirt run it: destination VFs are claimed first;
 * teaming-transient VFs still plugged are unplugged by the hypervisor itself (waiting for the guest, with no
 * timeout — only cancel ends the wait); memory is copied for {@code memory / bandwidth}; the domain pauses
 * for the stop-and-copy downtime; it then runs on the destination from the destination XML (its VFs plugged
 * there). A guest whose dirty rate needs more downtime than the job allows keeps copying until the client raises
 * the limit ({@link #setMaxDowntime}); its downtime is then what it needs. Cancel before stop-and-copy re-plugs
 * the VFs on the source and releases the destination. Runs under the environment lock.
 */
final class SimMigration {

    private enum Phase { WAIT_UNPLUG, COPY, STOP_COPY, DONE }

    private final SimHost source;
    private final SimHost dest;
    private final SimDomain domain;
    private final MigrationRequest request;
    private final SimFault fault;
    private final Domain destDefinition;
    /** Prepared up front so that the switch-over does no XML work between the source stop and the start. */
    private final Domain destLive;
    private final CompletableFuture<MigrationResult> result = new CompletableFuture<>();
    private final List<SimScheduler.Cancellable> timers = new ArrayList<>();
    private final List<DomainInterface> unplugged = new ArrayList<>();
    private final Set<String> waiting = new HashSet<>();
    private final long startedAt;
    private Phase phase = Phase.WAIT_UNPLUG;
    private long maxDowntimeMs;
    private boolean copied;

    private SimMigration(SimHost source, SimHost dest, SimDomain domain, MigrationRequest request, SimFault fault,
                         Domain destDefinition) {
        this.source = source;
        this.dest = dest;
        this.domain = domain;
        this.request = request;
        this.fault = fault;
        this.destDefinition = destDefinition;
        this.destLive = DomainXmlCodec.get().copy(destDefinition);
        this.startedAt = source.now();
        this.maxDowntimeMs = request.maxDowntime().toMillis();
    }

    static CompletableFuture<MigrationResult> start(SimHost source, String vmName, MigrationRequest request,
                                                    SimFault fault) {
        SimDomain d = source.running(vmName);
        if (d.migration != null) {
            throw SimError.invalid("another migration job is already running for domain '" + vmName + "'");
        }
        if (fault != null && fault.kind() == SimFault.Kind.FAIL) {
            throw SimError.raw(fault.message() != null ? fault.message()
                : "operation failed: migration out job: unexpectedly failed");
        }
        SimHost dest = resolve(source, request.destinationUri());
        SimRules.checkMigratable(d.live);
        Domain destDef = request.destinationXml() != null
            ? source.parse(request.destinationXml()) : DomainXmlCodec.get().copy(d.live);
        SimRules.dropNonUserAliases(destDef.getDevices().getInterfaces());
        SimRules.validateDefinition(destDef);
        if (dest.domainsSnapshot().stream().anyMatch(x -> x.name.equals(vmName) && x.active())) {
            throw SimError.invalid("domain '" + vmName + "' is already active");
        }
        dest.resources().claim(vmName, destDef.getDevices().getInterfaces());
        SimMigration m = new SimMigration(source, dest, d, request, fault, destDef);
        d.migration = m;
        m.begin();
        return m.result;
    }

    private static SimHost resolve(SimHost source, String uri) {
        String prefix = "sim://";
        String name = uri.startsWith(prefix) ? uri.substring(prefix.length()).replaceAll("/.*$", "") : null;
        SimHost dest = name == null ? null : source.env().find(name).orElse(null);
        if (dest == null) {
            throw SimError.failed("Failed to connect to remote libvirt URI " + uri + ": no such simulated host");
        }
        if (dest == source) {
            throw SimError.raw("internal error: Attempt to migrate guest to the same host " + source.name());
        }
        return dest;
    }

    private void begin() {
        boolean guestAcks = (fault == null || fault.kind() != SimFault.Kind.NO_ACK)
            && source.settings().guest(domain.name).acknowledgesUnplug(true);
        for (DomainInterface i : domain.live.getDevices().getInterfaces()) {
            if (i.getType() == DomainInterfaceType.HOSTDEV && i.isTeamingTransient()) {
                String alias = i.aliasName();
                waiting.add(alias);
                if (guestAcks) {
                    timers.add(source.env().schedule(source.settings().unplugAckMs(), () -> acked(alias)));
                }
            }
        }
        if (waiting.isEmpty()) {
            beginCopy();
        }
    }

    private void acked(String alias) {
        if (phase != Phase.WAIT_UNPLUG || !waiting.remove(alias)) {
            return;
        }
        domain.live.interfaceByAlias(alias).ifPresent(iface -> {
            domain.live.getDevices().getInterfaces().remove(iface);
            unplugged.add(iface);
        });
        source.emit(new HostEvent.DeviceRemoved(source.address(), domain.name, alias));
        source.refreshDataPath(domain);
        if (waiting.isEmpty()) {
            beginCopy();
        }
    }

    private void beginCopy() {
        phase = Phase.COPY;
        if (fault != null && fault.kind() == SimFault.Kind.HANG) {
            return;
        }
        long duration = copyMillis();
        if (duration > 0) {
            for (int p : new int[] {25, 50, 75}) {
                timers.add(source.env().schedule(duration * p / 100, () -> progress(p)));
            }
        }
        if (duration == 0) {
            copied();
        } else {
            timers.add(source.env().schedule(duration, this::copied));
        }
    }

    private long copyMillis() {
        long mib = domain.live.getMemory() == null ? 1024 : Math.max(1, domain.live.getMemory().toKib() / 1024);
        long hostBw = source.settings().migrationBandwidthMibps();
        long reqBw = request.bandwidthMibps();
        long bw = hostBw == 0 ? reqBw : reqBw == 0 ? hostBw : Math.min(hostBw, reqBw);
        long delay = fault != null && fault.kind() == SimFault.Kind.DELAY ? fault.delayMs() : 0;
        return (bw == 0 ? 0 : mib * 1000 / bw) + delay;
    }

    private void progress(int percent) {
        if (phase == Phase.COPY) {
            source.emit(new HostEvent.MigrationProgress(source.address(), domain.name, percent));
        }
    }

    /** Memory copied once: switch over if the guest's dirty rate fits in the allowed downtime, else keep copying. */
    private void copied() {
        copied = true;
        if (neededDowntimeMs() <= maxDowntimeMs) {
            stopAndCopy();
        }
    }

    /** The client changed the allowed downtime; a job that was waiting to converge may now switch over. */
    void setMaxDowntime(long millis) {
        if (phase == Phase.STOP_COPY || phase == Phase.DONE) {
            throw SimError.invalid("migration of domain '" + domain.name + "' is already in its final phase");
        }
        maxDowntimeMs = millis;
        if (phase == Phase.COPY && copied && neededDowntimeMs() <= maxDowntimeMs) {
            stopAndCopy();
        }
    }

    private long neededDowntimeMs() {
        return source.settings().guest(domain.name).convergenceDowntimeMs();
    }

    private long downtimeMs() {
        return Math.max(source.settings().stopCopyDowntimeMs(), neededDowntimeMs());
    }

    private void stopAndCopy() {
        phase = Phase.STOP_COPY;
        long downtime = downtimeMs();
        if (downtime == 0) {
            finish();
            return;
        }
        domain.state = SimDomain.State.PAUSED;
        source.emit(new HostEvent.LifecycleChanged(source.address(), domain.name, HostEvent.Lifecycle.SUSPENDED,
            "migration"));
        source.refreshDataPath(domain);
        timers.add(source.env().schedule(downtime, this::finish));
    }

    private void finish() {
        phase = Phase.DONE;
        domain.migration = null;
        long switchover = source.now();
        source.stopMigratedAway(domain);
        SimDomain arrived = dest.adoptIncoming(domain.name, destDefinition, destLive);
        dest.emit(new HostEvent.LifecycleChanged(dest.address(), domain.name, HostEvent.Lifecycle.STARTED, "migrated"));
        for (DomainInterface i : destLive.getDevices().getInterfaces()) {
            if (i.getType() == DomainInterfaceType.HOSTDEV) {
                dest.emit(new HostEvent.DeviceAdded(dest.address(), domain.name, i.aliasName()));
            }
        }
        dest.refreshDataPath(arrived, switchover);
        long downtime = downtimeMs();
        source.emit(new HostEvent.MigrationProgress(source.address(), domain.name, 100));
        source.emit(new HostEvent.MigrationCompleted(source.address(), domain.name, dest.address(),
            Duration.ofMillis(downtime)));
        source.completeLater(result, new MigrationResult(domain.name, dest.address(),
            Duration.ofMillis(source.now() - startedAt), Duration.ofMillis(downtime)));
    }

    /** Cancel requested by the client. */
    void cancel() {
        if (phase == Phase.STOP_COPY || phase == Phase.DONE) {
            throw SimError.invalid("migration of domain '" + domain.name + "' is already in its final phase");
        }
        abort(SimError.aborted("migration out job: canceled by client"));
    }

    /** Ends the job unsuccessfully: re-plugs the source VFs, releases the destination. */
    void abort(SimError error) {
        timers.forEach(SimScheduler.Cancellable::cancel);
        phase = Phase.DONE;
        domain.migration = null;
        if (domain.live != null) {
            for (DomainInterface iface : unplugged) {
                domain.live.getDevices().getInterfaces().add(iface);
                source.emit(new HostEvent.DeviceAdded(source.address(), domain.name, iface.aliasName()));
            }
            domain.state = SimDomain.State.RUNNING;
            source.refreshDataPath(domain);
        }
        dest.resources().releaseAll(domain.name);
        source.emit(new HostEvent.MigrationFailed(source.address(), domain.name, error.getMessage()));
        source.failLater(result, error);
    }
}
