package org.vfmigrate.vdsbroker.host.libvirt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.vfmigrate.vdsbroker.host.HostDriver;
import org.vfmigrate.vdsbroker.host.HostEvent;
import org.vfmigrate.vdsbroker.host.HostOperation;
import org.vfmigrate.vdsbroker.host.HostOperationException;
import org.vfmigrate.vdsbroker.host.HostPciInventory;
import org.vfmigrate.vdsbroker.host.MigrationRequest;
import org.vfmigrate.vdsbroker.host.MigrationResult;
import org.vfmigrate.vdsbroker.xml.DomainXmlCodec;
import org.vfmigrate.vdsbroker.xml.builder.HotplugXmlBuilder;

/**
 * Host driver on libvirt-java: one connection per host, events from the shared libvirt event loop, blocking
 * libvirt calls on one worker thread per host so callers get futures and timeouts. Hot-unplug completes on
 * the DEVICE_REMOVED event, with live-XML polling (every 250 ms, as QEMU polls) as the fallback. Every
 * {@link LibvirtException} is mapped here, once, to a {@link HostOperationException}.
 */
public final class LibvirtHostDriver implements HostDriver {

    private static final int AFFECT_LIVE = 1;
    private static final int MIGRATE_LIVE = 1;
    private static final int MIGRATE_PEER2PEER = 2;
    private static final long POLL_MS = 250;

    private final String address;
    private final LibvirtConnection conn;
    private final LibvirtEventBridge events;
    private final LibvirtPciInventoryReader inventory;
    private final ScheduledExecutorService worker;
    private final Map<String, CompletableFuture<Void>> removals = new ConcurrentHashMap<>();

    /**
     * Opens the connection to the URI in {@code address} (see {@link LibvirtAddress}); fails with a CONNECT
     * {@link HostOperationException}.
     */
    public LibvirtHostDriver(String address) {
        this.address = address;
        LibvirtAddress target = target(address);
        try {
            LibvirtEventLoop.ensureStarted();
            this.conn = new LibvirtConnection(target.connectUri());
            this.events = new LibvirtEventBridge(address, this::removed);
            this.events.register(conn);
        } catch (LibvirtException e) {
            throw LibvirtErrors.map(address, null, HostOperation.CONNECT, e);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new HostOperationException(address, null, HostOperation.CONNECT,
                HostOperationException.Reason.UNSUPPORTED, "libvirt client library not available: " + e.getMessage(), e);
        }
        this.inventory = new LibvirtPciInventoryReader(conn, target.config(), new LibvirtBridgeReader(conn, address));
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "libvirt-" + address);
            t.setDaemon(true);
            return t;
        });
    }

    private static LibvirtAddress target(String address) {
        try {
            return LibvirtAddress.parse(address);
        } catch (IllegalArgumentException e) {
            throw new HostOperationException(address, null, HostOperation.CONNECT, HostOperationException.Reason.FAILED,
                "the address is malformed: " + e.getMessage(), e);
        }
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public void define(String domainXml) {
        call(HostOperation.DEFINE, null, () -> conn.domainDefineXML(domainXml));
    }

    @Override
    public CompletableFuture<Void> start(String vmName) {
        return async(HostOperation.START, vmName, () -> {
            lookup(vmName).create();
            return null;
        });
    }

    @Override
    public void destroy(String vmName) {
        call(HostOperation.DESTROY, vmName, () -> {
            lookup(vmName).destroy();
            return null;
        });
    }

    @Override
    public void undefine(String vmName) {
        call(HostOperation.UNDEFINE, vmName, () -> {
            lookup(vmName).undefine();
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> plugInterface(String vmName, String interfaceXml) {
        return async(HostOperation.HOT_PLUG, vmName, () -> {
            lookup(vmName).attachDeviceFlags(interfaceXml, AFFECT_LIVE);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> unplugInterface(String vmName, String alias, Duration timeout) {
        String key = vmName + "/" + alias;
        CompletableFuture<Void> done = removals.computeIfAbsent(key, k -> new CompletableFuture<>());
        CompletableFuture<Void> request = async(HostOperation.HOT_UNPLUG, vmName, () -> {
            Domain d = lookup(vmName);
            String xml = new HotplugXmlBuilder().unplugXml(DomainXmlCodec.get().parseDomain(d.getXMLDesc(0)), alias);
            d.detachDeviceFlags(xml, AFFECT_LIVE);
            return null;
        });
        request.whenComplete((v, e) -> {
            if (e != null) {
                removals.remove(key, done);
                done.completeExceptionally(e instanceof java.util.concurrent.CompletionException ? e.getCause() : e);
            } else {
                poll(vmName, alias, key, done);
            }
        });
        ScheduledFuture<?> timer = worker.schedule(() -> done.completeExceptionally(new HostOperationException(address,
            vmName, HostOperation.HOT_UNPLUG, HostOperationException.Reason.TIMEOUT,
            "device " + alias + " still present after " + timeout.toMillis() + " ms")), timeout.toMillis(),
            TimeUnit.MILLISECONDS);
        done.whenComplete((v, e) -> {
            timer.cancel(false);
            removals.remove(key, done);
        });
        return done;
    }

    private void poll(String vmName, String alias, String key, CompletableFuture<Void> done) {
        if (done.isDone()) {
            return;
        }
        try {
            String live = lookup(vmName).getXMLDesc(0);
            if (DomainXmlCodec.get().parseDomain(live).interfaceByAlias(alias).isEmpty()) {
                done.complete(null);
                return;
            }
        } catch (LibvirtException e) {
            done.completeExceptionally(LibvirtErrors.map(address, vmName, HostOperation.HOT_UNPLUG, e));
            return;
        }
        worker.schedule(() -> poll(vmName, alias, key, done), POLL_MS, TimeUnit.MILLISECONDS);
    }

    private void removed(HostEvent.DeviceRemoved event) {
        CompletableFuture<Void> f = removals.get(event.vmName() + "/" + event.alias());
        if (f != null) {
            f.complete(null);
        }
    }

    @Override
    public CompletableFuture<MigrationResult> migrate(String vmName, MigrationRequest request) {
        long started = System.nanoTime();
        return async(HostOperation.MIGRATE, vmName, () -> {
            Domain d = lookup(vmName);
            long flags = (request.live() ? MIGRATE_LIVE : 0) | (request.peerToPeer() ? MIGRATE_PEER2PEER : 0);
            d.migrateSetMaxDowntime(request.maxDowntime().toMillis());
            d.migrateToURI(request.destinationUri(), null, request.destinationXml(), flags, null,
                request.bandwidthMibps());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            events.publish(new HostEvent.MigrationCompleted(address, vmName, request.destinationUri(), Duration.ZERO));
            return new MigrationResult(vmName, request.destinationUri(), took, Duration.ZERO);
        }).whenComplete((r, e) -> {
            if (e != null) {
                events.publish(new HostEvent.MigrationFailed(address, vmName, e.getMessage()));
            }
        });
    }

    @Override
    public void setMaxDowntime(String vmName, Duration maxDowntime) {
        call(HostOperation.SET_MAX_DOWNTIME, vmName, () -> lookup(vmName).migrateSetMaxDowntime(maxDowntime.toMillis()));
    }

    @Override
    public void cancelMigration(String vmName) {
        call(HostOperation.CANCEL_MIGRATION, vmName, () -> lookup(vmName).abortJob());
    }

    @Override
    public String liveXml(String vmName) {
        return call(HostOperation.LIVE_XML, vmName, () -> lookup(vmName).getXMLDesc(0));
    }

    @Override
    public List<String> runningDomains() {
        return call(HostOperation.LIVE_XML, null, () -> {
            List<String> names = new ArrayList<>();
            for (int id : conn.listDomains()) {
                names.add(conn.domainLookupByID(id).getName());
            }
            return names;
        });
    }

    @Override
    public HostPciInventory pciInventory() {
        return call(HostOperation.PCI_INVENTORY, null, inventory::read);
    }

    @Override
    public Subscription subscribe(Consumer<HostEvent> listener) {
        Runnable unsubscribe = events.subscribe(listener);
        return unsubscribe::run;
    }

    @Override
    public void close() {
        worker.shutdownNow();
        events.unregister(conn);
        try {
            conn.close();
        } catch (LibvirtException ignored) {
            // closing a broken connection: nothing left to release
        }
    }

    private Domain lookup(String vmName) throws LibvirtException {
        return conn.domainLookupByName(vmName);
    }

    /** A libvirt call that may throw. */
    @FunctionalInterface
    interface LibvirtCall<T> {
        T run() throws LibvirtException;
    }

    private <T> T call(HostOperation op, String vmName, LibvirtCall<T> action) {
        try {
            return action.run();
        } catch (LibvirtException e) {
            throw LibvirtErrors.map(address, vmName, op, e);
        }
    }

    private <T> CompletableFuture<T> async(HostOperation op, String vmName, LibvirtCall<T> action) {
        CompletableFuture<T> f = new CompletableFuture<>();
        worker.execute(() -> {
            try {
                f.complete(action.run());
            } catch (LibvirtException e) {
                f.completeExceptionally(LibvirtErrors.map(address, vmName, op, e));
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }
}
