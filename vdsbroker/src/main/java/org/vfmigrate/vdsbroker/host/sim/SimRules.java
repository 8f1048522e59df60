package org.vfmigrate.vdsbroker.host.sim;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vfmigrate.vdsbroker.xml.model.Domain;
import org.vfmigrate.vdsbroker.xml.model.DomainHostdev;
import org.vfmigrate.vdsbroker.xml.model.DomainInterface;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceTeaming;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceType;

/**
 * libvirt's domain rules that matter for failover, with libvirt's own messages (checked against libvirt
 * 9.0's test driver and its sources: {@code conf/domain_validate.c}, {@code qemu/qemu_validate.c},
 * {@code qemu/qemu_migration.c}). Device validation comes before the alias uniqueness check, as in
 * libvirt.
 */
final class SimRules {

    private SimRules() {
    }

    /**
     * libvirt keeps user aliases only with the {@code ua-} prefix and silently drops others from a
     * definition; a teaming link that named such an alias then dangles.
     */
    static void dropNonUserAliases(List<DomainInterface> interfaces) {
        for (DomainInterface i : interfaces) {
            if (i.getAlias() != null && !i.getAlias().isUserAlias()) {
                i.setAlias(null);
            }
        }
    }

    /** Validates a whole definition: every interface, then alias uniqueness. */
    static void validateDefinition(Domain d) {
        d.getDevices().getInterfaces().forEach(SimRules::validateInterface);
        Set<String> seen = new HashSet<>();
        for (DomainInterface i : d.getDevices().getInterfaces()) {
            checkUnique(seen, i.aliasName());
        }
        for (DomainHostdev h : d.getDevices().getHostdevs()) {
            checkUnique(seen, h.getAlias() == null ? null : h.getAlias().getName());
        }
    }

    /** Validates an interface to hot-plug into {@code live}. */
    static void validateHotplug(Domain live, DomainInterface iface) {
        validateInterface(iface);
        Set<String> seen = new HashSet<>();
        live.getDevices().getInterfaces().forEach(i -> seen.add(i.aliasName()));
        live.getDevices().getHostdevs().forEach(h -> seen.add(h.getAlias() == null ? null : h.getAlias().getName()));
        checkUnique(seen, iface.aliasName());
    }

    private static void checkUnique(Set<String> seen, String alias) {
        if (alias != null && !seen.add(alias)) {
            throw SimError.config("non unique alias detected: " + alias);
        }
    }

    /** Teaming rules of one interface. */
    static void validateInterface(DomainInterface i) {
        DomainInterfaceTeaming t = i.getTeaming();
        if (t == null) {
            return;
        }
        if (t.getType() == null) {
            throw SimError.raw("XML error: unknown teaming type ''");
        }
        if (t.getType() == DomainInterfaceTeaming.Type.TRANSIENT && t.getPersistent() == null) {
            throw SimError.config("teaming persistent attribute must be set if teaming type is 'transient'");
        }
        if (t.getType() == DomainInterfaceTeaming.Type.PERSISTENT && t.getPersistent() != null) {
            throw SimError.config("teaming persistent attribute not allowed if teaming type is 'persistent'");
        }
        if (t.getType() == DomainInterfaceTeaming.Type.PERSISTENT && (i.getModel() == null || !i.getModel().isVirtio())) {
            throw SimError.config("virtio-net teaming persistent interface must be <model type='virtio'/>, not '"
                + (i.getModel() == null ? "(null)" : i.getModel().getType()) + "'");
        }
        if (t.getType() == DomainInterfaceTeaming.Type.TRANSIENT && i.getType() != DomainInterfaceType.HOSTDEV
            && i.getType() != DomainInterfaceType.NETWORK) {
            throw SimError.config("virtio-net teaming transient interface must be type='hostdev', not '"
                + typeName(i) + "'");
        }
    }

    /** A domain with a hostdev that is not a teaming-transient interface cannot migrate. */
    static void checkMigratable(Domain live) {
        for (DomainInterface i : live.getDevices().getInterfaces()) {
            if (i.getType() == DomainInterfaceType.HOSTDEV && !i.isTeamingTransient()) {
                throw SimError.unsupported("cannot migrate a domain with <interface type='hostdev'>");
            }
        }
        for (DomainHostdev h : live.getDevices().getHostdevs()) {
            boolean transientTeaming = h.getTeaming() != null
                && h.getTeaming().getType() == DomainInterfaceTeaming.Type.TRANSIENT;
            if (!transientTeaming) {
                throw SimError.unsupported("cannot migrate a domain with <hostdev mode='subsystem' type='"
                    + (h.getType() == null ? "pci" : h.getType().name().toLowerCase(java.util.Locale.ROOT)) + "'>");
            }
        }
    }

    /** Whether a transient member's standby exists (otherwise QEMU never exposes the primary). */
    static boolean standbyPresent(Domain live, DomainInterface transientMember) {
        String persistent = transientMember.getTeaming().getPersistent();
        return live.getDevices().getInterfaces().stream()
            .anyMatch(i -> persistent.equals(i.aliasName()) && i.isTeamingPersistent());
    }

    private static String typeName(DomainInterface i) {
        return i.getType() == null ? "(null)" : i.getType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** libvirt's generated alias for a device whose user alias was dropped or missing. */
    static String generatedAlias(DomainInterface i, int index) {
        return (i.getType() == DomainInterfaceType.HOSTDEV ? "hostdev" : "net") + index;
    }
}
