package org.vfmigrate.vdsbroker.host.libvirt;

import com.sun.jna.Pointer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.libvirt.Domain;
import org.libvirt.LibvirtException;
import org.libvirt.event.DomainEvent;
import org.libvirt.event.LifecycleListener;
import org.libvirt.jna.ConnectionPointer;
import org.libvirt.jna.DomainPointer;
import org.libvirt.jna.Libvirt;
import org.vfmigrate.vdsbroker.host.HostEvent;

/**
 * Turns one connection's libvirt events into {@link HostEvent}s: lifecycle through the binding's
 * {@link LifecycleListener}; DEVICE_REMOVED, which the binding has no listener type for, through its JNA
 * interface ({@code virConnectDomainEventRegisterAny}). Both callbacks are fields of this object, which the
 * driver keeps for the connection's lifetime, so JNA never calls a collected callback.
 */
final class LibvirtEventBridge {

    /** {@code VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED} from libvirt-domain.h. */
    static final int DEVICE_REMOVED = 15;

    /** Native signature of {@code virConnectDomainEventDeviceRemovedCallback}. */
    interface DeviceRemovedCallback extends Libvirt.VirDomainEventCallback {
        void eventCallback(ConnectionPointer conn, DomainPointer dom, String alias, Pointer opaque);
    }

    private final String host;
    private final List<Consumer<HostEvent>> listeners = new CopyOnWriteArrayList<>();
    private final LifecycleListener lifecycle = this::onLifecycle;
    private final DeviceRemovedCallback deviceRemoved = this::onDeviceRemoved;
    private final Consumer<HostEvent.DeviceRemoved> removalWaiters;
    private int deviceRemovedId = -1;

    LibvirtEventBridge(String host, Consumer<HostEvent.DeviceRemoved> removalWaiters) {
        this.host = host;
        this.removalWaiters = removalWaiters;
    }

    void register(LibvirtConnection conn) throws LibvirtException {
        conn.addLifecycleListener(lifecycle);
        deviceRemovedId = Libvirt.INSTANCE.virConnectDomainEventRegisterAny(conn.pointer(), null, DEVICE_REMOVED,
            deviceRemoved, null, null);
    }

    /** Whether DEVICE_REMOVED events are delivered (otherwise removals are detected by polling). */
    boolean deviceRemovedEvents() {
        return deviceRemovedId >= 0;
    }

    void unregister(LibvirtConnection conn) {
        try {
            conn.removeLifecycleListener(lifecycle);
        } catch (LibvirtException ignored) {
            // connection already gone
        }
        if (deviceRemovedId >= 0) {
            Libvirt.INSTANCE.virConnectDomainEventDeregisterAny(conn.pointer(), deviceRemovedId);
            deviceRemovedId = -1;
        }
    }

    Runnable subscribe(Consumer<HostEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void publish(HostEvent event) {
        listeners.forEach(l -> l.accept(event));
    }

    private int onLifecycle(Domain domain, DomainEvent event) {
        try {
            HostEvent.Lifecycle state = switch (event.getType()) {
                case DEFINED -> HostEvent.Lifecycle.DEFINED;
                case UNDEFINED -> HostEvent.Lifecycle.UNDEFINED;
                case STARTED -> HostEvent.Lifecycle.STARTED;
                case SUSPENDED -> HostEvent.Lifecycle.SUSPENDED;
                case RESUMED -> HostEvent.Lifecycle.RESUMED;
                case STOPPED -> HostEvent.Lifecycle.STOPPED;
                case SHUTDOWN -> HostEvent.Lifecycle.SHUTDOWN;
                case CRASHED -> HostEvent.Lifecycle.CRASHED;
                default -> HostEvent.Lifecycle.OTHER;
            };
            publish(new HostEvent.LifecycleChanged(host, domain.getName(), state, String.valueOf(event.getDetail())));
        } catch (LibvirtException | RuntimeException ignored) {
            // never let an exception unwind into libvirt's event loop
        }
        return 0;
    }

    private void onDeviceRemoved(ConnectionPointer conn, DomainPointer dom, String alias, Pointer opaque) {
        try {
            HostEvent.DeviceRemoved e = new HostEvent.DeviceRemoved(host, Libvirt.INSTANCE.virDomainGetName(dom), alias);
            removalWaiters.accept(e);
            publish(e);
        } catch (RuntimeException ignored) {
            // never let an exception unwind into libvirt's event loop
        }
    }
}
