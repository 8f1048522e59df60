package org.vfmigrate.vdsbroker.host.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.vfmigrate.vdsbroker.host.HostDriver;
import org.vfmigrate.vdsbroker.host.HostEvent;
import org.vfmigrate.vdsbroker.host.HostOperation;
import org.vfmigrate.vdsbroker.host.HostOperationException;
import org.vfmigrate.vdsbroker.host.HostPciInventory;
import org.vfmigrate.vdsbroker.host.MigrationRequest;
import org.vfmigrate.vdsbroker.host.MigrationResult;
import org.vfmigrate.vdsbroker.xml.DomainXmlCodec;
import org.vfmigrate.vdsbroker.xml.DomainXmlException;
import org.vfmigrate.vdsbroker.xml.model.Domain;

/**
 * A simulated hypervisor host ({@code sim://<name>}): a faithful in-memory libvirt, not a mock. It keeps
 * domains with their definition and live XML (through our codec), enforces libvirt's rules with libvirt's
 * messages ({@link SimRules}, {@link SimResources}), completes hot-unplug only when the simulated guest
 * acknowledges, migrates to other hosts of its {@link SimEnvironment}, records the guest data path and
 * applies injected faults. This class is the driver boundary: simulated libvirt errors become
 * {@link HostOperationException}s here and nowhere else.
 */
public final class SimHost implements HostDriver {

    private final SimEnvironment env;
    private final String name;
    private final SimResources resources;
    private final Map<String, SimDomain> domains = new LinkedHashMap<>();
    private final List<Consumer<HostEvent>> listeners = new CopyOnWriteArrayList<>();
    private final SimHotplug hotplug = new SimHotplug(this);
    private final DomainXmlCodec codec = DomainXmlCodec.get();
    private volatile SimSettings settings;
    private SimFaultBudget faults;
    private int nextRuntimeId = 1;

    SimHost(SimEnvironment env, SimHostConfig config) {
        this.env = env;
        this.name = config.name();
        this.resources = new SimResources(config);
        this.settings = config.settings();
        this.faults = new SimFaultBudget(settings.faults());
    }

    @Override
    public String address() {
        return "sim://" + name;
    }

    public String name() {
        return name;
    }

    /** Current behaviour settings. */
    public SimSettings settings() {
        return settings;
    }

    /** Replaces the behaviour settings (faults start with their full {@code times} again). */
    public void configure(SimSettings newSettings) {
        env.run(() -> {
            settings = newSettings;
            faults = new SimFaultBudget(newSettings.faults());
        });
    }

    @Override
    public void define(String domainXml) {
        sync(HostOperation.DEFINE, null, () -> {
            Domain def = parse(domainXml);
            SimRules.dropNonUserAliases(def.getDevices().getInterfaces());
            SimRules.validateDefinition(def);
            SimDomain existing = domains.get(def.getName());
            if (existing != null) {
                existing.definition = def;
            } else {
                domains.put(def.getName(), new SimDomain(def.getName(), def));
            }
            emit(new HostEvent.LifecycleChanged(address(), def.getName(), HostEvent.Lifecycle.DEFINED, "added"));
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> start(String vmName) {
        return async(HostOperation.START, vmName, () -> withFault(SimFault.Operation.START, vmName, f -> {
            doStart(vmName);
            return CompletableFuture.completedFuture(null);
        }));
    }

    private void doStart(String vmName) {
        SimDomain d = domain(vmName);
        if (d.active()) {
            throw SimError.invalid("domain is already running");
        }
        Domain live = codec.copy(d.definition);
        resources.claim(vmName, live.getDevices().getInterfaces());
        live.setId(nextRuntimeId++);
        d.live = live;
        d.state = SimDomain.State.RUNNING;
        emit(new HostEvent.LifecycleChanged(address(), vmName, HostEvent.Lifecycle.STARTED, "booted"));
        refreshDataPath(d);
    }

    @Override
    public void destroy(String vmName) {
        sync(HostOperation.DESTROY, vmName, () -> {
            SimDomain d = domain(vmName);
            if (!d.active()) {
                throw SimError.invalid("domain is not running");
            }
            if (d.migration != null) {
                d.migration.abort(SimError.failed("domain '" + vmName + "' is not running"));
            }
            stop(d, "destroyed");
            return null;
        });
    }

    /** Stops a domain: releases its VFs, fails pending unplugs, records the data path. Under the lock. */
    void stop(SimDomain d, String detail) {
        shutOff(d, detail);
        refreshDataPath(d);
    }

    /**
     * As {@link #stop(SimDomain, String)} for a domain that migrated away: its data path is not touched, since the
     * destination records the guest's path at the same instant.
     */
    void stopMigratedAway(SimDomain d) {
        shutOff(d, "migrated");
    }

    private void shutOff(SimDomain d, String detail) {
        resources.releaseAll(d.name);
        d.pendingUnplugs.values().forEach(p -> p.ack.cancel());
        d.pendingUnplugs.values().forEach(p -> failLater(p.removed, SimError.invalid("domain is not running")));
        d.pendingUnplugs.clear();
        d.live = null;
        d.state = SimDomain.State.SHUTOFF;
        emit(new HostEvent.LifecycleChanged(address(), d.name, HostEvent.Lifecycle.STOPPED, detail));
    }

    @Override
    public void undefine(String vmName) {
        sync(HostOperation.UNDEFINE, vmName, () -> {
            SimDomain d = domain(vmName);
            if (d.active()) {
                throw SimError.invalid("cannot undefine domain '" + vmName + "' while it is running");
            }
            domains.remove(vmName);
            emit(new HostEvent.LifecycleChanged(address(), vmName, HostEvent.Lifecycle.UNDEFINED, "removed"));
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> plugInterface(String vmName, String interfaceXml) {
        return async(HostOperation.HOT_PLUG, vmName, () -> withFault(SimFault.Operation.HOT_PLUG, vmName, f -> {
            hotplug.plug(vmName, interfaceXml);
            return CompletableFuture.completedFuture(null);
        }));
    }

    @Override
    public CompletableFuture<Void> unplugInterface(String vmName, String alias, Duration timeout) {
        return async(HostOperation.HOT_UNPLUG, vmName,
            () -> withFault(SimFault.Operation.HOT_UNPLUG, vmName, f -> hotplug.unplug(vmName, alias, timeout, f)));
    }

    @Override
    public CompletableFuture<MigrationResult> migrate(String vmName, MigrationRequest request) {
        return async(HostOperation.MIGRATE, vmName, () -> SimMigration.start(this, vmName, request,
            faults.take(SimFault.Operation.MIGRATE, vmName)));
    }

    @Override
    public void setMaxDowntime(String vmName, java.time.Duration maxDowntime) {
        sync(HostOperation.SET_MAX_DOWNTIME, vmName, () -> {
            SimDomain d = domain(vmName);
            if (d.migration == null) {
                throw SimError.invalid("no job is active on the domain");
            }
            d.migration.setMaxDowntime(maxDowntime.toMillis());
            return null;
        });
    }

    @Override
    public void cancelMigration(String vmName) {
        sync(HostOperation.CANCEL_MIGRATION, vmName, () -> {
            SimDomain d = domain(vmName);
            if (d.migration == null) {
                throw SimError.invalid("no job is active on the domain");
            }
            d.migration.cancel();
            return null;
        });
    }

    @Override
    public String liveXml(String vmName) {
        return sync(HostOperation.LIVE_XML, vmName, () -> {
            SimDomain d = domain(vmName);
            return codec.write(d.live != null ? d.live : d.definition);
        });
    }

    @Override
    public List<String> runningDomains() {
        return env.call(() -> domains.values().stream().filter(SimDomain::active).map(d -> d.name).toList());
    }

    /** Whether this host runs the VM; called under the environment lock. */
    boolean runs(String vmName) {
        SimDomain d = domains.get(vmName);
        return d != null && d.active();
    }

    @Override
    public HostPciInventory pciInventory() {
        return env.call(resources::inventory);
    }

    @Override
    public Subscription subscribe(Consumer<HostEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Nothing to release: the environment owns the host's state. */
    @Override
    public void close() {
    }

    // ---- package-private plumbing for SimHotplug and SimMigration (call under the lock) ----

    SimEnvironment env() {
        return env;
    }

    SimResources resources() {
        return resources;
    }

    long now() {
        return env.scheduler().nowMillis();
    }

    SimDomain domain(String vmName) {
        SimDomain d = domains.get(vmName);
        if (d == null) {
            throw SimError.noDomain(vmName);
        }
        return d;
    }

    SimDomain running(String vmName) {
        SimDomain d = domain(vmName);
        if (d.state != SimDomain.State.RUNNING || d.live == null) {
            throw SimError.invalid("domain is not running");
        }
        return d;
    }

    /** Adds or replaces a domain arriving by migration, running with {@code live}. */
    SimDomain adoptIncoming(String vmName, Domain definition, Domain live) {
        SimDomain d = domains.computeIfAbsent(vmName, n -> new SimDomain(n, definition));
        d.definition = definition;
        live.setId(nextRuntimeId++);
        d.live = live;
        d.state = SimDomain.State.RUNNING;
        return d;
    }

    void emit(HostEvent event) {
        env.later(() -> listeners.forEach(l -> l.accept(event)));
    }

    void refreshDataPath(SimDomain d) {
        refreshDataPath(d, now());
    }

    void refreshDataPath(SimDomain d, long atMillis) {
        env.dataPaths().record(d.name, atMillis, SimDataPlane.paths(d));
    }

    <T> void completeLater(CompletableFuture<T> f, T value) {
        env.later(() -> f.complete(value));
    }

    void failLater(CompletableFuture<?> f, Throwable error) {
        env.later(() -> f.completeExceptionally(error));
    }

    Domain parse(String xml) {
        try {
            return codec.parseDomain(xml);
        } catch (DomainXmlException e) {
            throw SimError.raw("XML error: " + e.getMessage());
        }
    }

    private <T> CompletableFuture<T> withFault(SimFault.Operation op, String vmName,
                                               Function<SimFault, CompletableFuture<T>> action) {
        SimFault f = faults.take(op, vmName);
        if (f != null && f.kind() == SimFault.Kind.PASS) {
            return action.apply(null);
        }
        if (f == null || f.kind() == SimFault.Kind.NO_ACK) {
            return action.apply(f);
        }
        return switch (f.kind()) {
            case FAIL -> CompletableFuture.failedFuture(SimError.raw(f.message() != null ? f.message()
                : "internal error: injected fault: " + op.name().toLowerCase(java.util.Locale.ROOT) + " failed"));
            case HANG -> new CompletableFuture<>();
            default -> delayed(f.delayMs(), () -> action.apply(null));
        };
    }

    private <T> CompletableFuture<T> delayed(long delayMs, Supplier<CompletableFuture<T>> action) {
        CompletableFuture<T> result = new CompletableFuture<>();
        env.schedule(delayMs, () -> {
            try {
                action.get().whenComplete((v, e) -> env.later(() -> {
                    if (e != null) {
                        result.completeExceptionally(e);
                    } else {
                        result.complete(v);
                    }
                }));
            } catch (SimError e) {
                failLater(result, e);
            }
        });
        return result;
    }

    private <T> T sync(HostOperation op, String vmName, Supplier<T> action) {
        try {
            return env.call(action);
        } catch (SimError e) {
            throw (HostOperationException) map(op, vmName, e);
        }
    }

    private <T> CompletableFuture<T> async(HostOperation op, String vmName, Supplier<CompletableFuture<T>> action) {
        CompletableFuture<T> internal;
        try {
            internal = env.call(action);
        } catch (SimError e) {
            return CompletableFuture.failedFuture(map(op, vmName, e));
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        internal.whenComplete((v, e) -> {
            if (e == null) {
                result.complete(v);
            } else {
                result.completeExceptionally(map(op, vmName, e));
            }
        });
        return result;
    }

    private Throwable map(HostOperation op, String vmName, Throwable e) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof SimError s) {
            return new HostOperationException(address(), vmName, op, s.reason(), s.getMessage());
        }
        return t;
    }

    HostOperationException timeout(HostOperation op, String vmName, String detail) {
        return new HostOperationException(address(), vmName, op, HostOperationException.Reason.TIMEOUT, detail);
    }

    List<SimDomain> domainsSnapshot() {
        return new ArrayList<>(domains.values());
    }
}
