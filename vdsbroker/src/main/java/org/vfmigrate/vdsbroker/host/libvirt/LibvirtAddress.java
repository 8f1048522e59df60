package org.vfmigrate.vdsbroker.host.libvirt;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.vfmigrate.vdsbroker.vm.PciAddress;

/**
 * A libvirt host's address as the engine stores it: libvirt's connection URI plus, in query parameters of the
 * engine's own, what libvirt cannot tell — {@code vfmigrate_networks=<PF>/<network>,<network>} (once per PF)
 * and {@code vfmigrate_bridges=<bridge>,<bridge>}, e.g.
 * {@code qemu+tls://kvm1/system?vfmigrate_networks=0000:3b:00.0/sriov-net&vfmigrate_bridges=ovirtmgmt}. Every
 * character used is legal unescaped in a URI query, and percent-escapes are decoded. The engine's parameters
 * are taken out before libvirt sees the URI; libvirt's own ({@code pkipath}, {@code no_verify}, …) stay as
 * written, in their order, since libvirt itself accepts or refuses them.
 *
 * @param connectUri the URI libvirt connects to
 * @param config the PF networks and bridges the address declares
 */
public record LibvirtAddress(String connectUri, LibvirtHostConfig config) {

    /** Query parameters starting with this (in any case) are the engine's, never libvirt's. */
    public static final String PREFIX = "vfmigrate_";
    public static final String NETWORKS = "vfmigrate_networks";
    public static final String BRIDGES = "vfmigrate_bridges";

    private static final Pattern NETWORK_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,50}");
    private static final Pattern BRIDGE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,15}");

    /**
     * Splits an address into the URI for libvirt and the declared configuration.
     *
     * @throws IllegalArgumentException naming what is wrong with the engine's parameters
     */
    public static LibvirtAddress parse(String address) {
        Query query = Query.split(address);
        Map<PciAddress, Set<String>> pfNetworks = new LinkedHashMap<>();
        Set<String> bridges = new LinkedHashSet<>();
        for (String param : query.ours()) {
            int eq = param.indexOf('=');
            String name = eq < 0 ? param : param.substring(0, eq);
            if (!name.equals(NETWORKS) && !name.equals(BRIDGES)) {
                throw new IllegalArgumentException("unknown parameter " + name + " (the engine's are " + NETWORKS
                        + " and " + BRIDGES + ")");
            }
            String value = eq < 0 ? "" : decode(name, param.substring(eq + 1));
            if (name.equals(NETWORKS)) {
                addPfNetworks(value, pfNetworks);
            } else {
                bridges.addAll(names(BRIDGES, value, BRIDGE_NAME,
                        "a bridge name (1 to 15 letters, digits, '-', '_' or '.')"));
            }
        }
        return new LibvirtAddress(query.connectUri(), new LibvirtHostConfig(pfNetworks, bridges));
    }

    /** The URI libvirt gets for {@code address}: the engine's parameters taken out, whether valid or not. */
    public static String connectUri(String address) {
        return Query.split(address).connectUri();
    }

    /** What is wrong with the engine's parameters in {@code address}; null when nothing is. */
    public static String problem(String address) {
        try {
            parse(address);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static void addPfNetworks(String value, Map<PciAddress, Set<String>> pfNetworks) {
        int slash = value.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException(NETWORKS + "=" + value + " is not a PF's PCI address, '/' and its networks "
                    + "separated by ',' (e.g. 0000:3b:00.0/sriov-net,other-net)");
        }
        PciAddress pf;
        try {
            pf = PciAddress.parse(value.substring(0, slash));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(NETWORKS + ": '" + value.substring(0, slash)
                    + "' is not a PCI address (dddd:bb:ss.f)", e);
        }
        Set<String> networks = names(NETWORKS, value.substring(slash + 1), NETWORK_NAME,
                "a network name (1 to 50 letters, digits, '-', '_' or '.')");
        if (pfNetworks.putIfAbsent(pf, networks) != null) {
            throw new IllegalArgumentException(NETWORKS + " gives PF " + pf + " more than once");
        }
    }

    private static Set<String> names(String parameter, String list, Pattern valid, String what) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException(parameter + " names nothing");
        }
        Set<String> names = new LinkedHashSet<>();
        for (String name : list.split(",", -1)) {
            if (!valid.matcher(name).matches()) {
                throw new IllegalArgumentException(parameter + ": '" + name + "' is not " + what);
            }
            names.add(name);
        }
        return names;
    }

    private static String decode(String parameter, String value) {
        try {
            // '+' is a plus here, not a form-encoded space
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parameter + " has a broken percent-escape", e);
        }
    }

    /** The query split into libvirt's parameters (kept, in order) and the engine's. */
    private record Query(String connectUri, List<String> ours) {

        static Query split(String address) {
            int at = address.indexOf('?');
            if (at < 0) {
                return new Query(address, List.of());
            }
            List<String> kept = new ArrayList<>();
            List<String> ours = new ArrayList<>();
            for (String param : address.substring(at + 1).split("&")) {
                if (param.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
                    ours.add(param);
                } else if (!param.isEmpty()) {
                    kept.add(param);
                }
            }
            String base = address.substring(0, at);
            return new Query(kept.isEmpty() ? base : base + "?" + String.join("&", kept), ours);
        }
    }
}
