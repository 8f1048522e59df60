package org.vfmigrate.vdsbroker.host.libvirt;

import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.libvirt.LibvirtException;

/**
 * The Linux bridges a host has, from libvirt's host interfaces: every active interface whose XML is
 * {@code <interface type='bridge'>} ({@code virConnectListInterfaces}, {@code virInterfaceGetXMLDesc}). libvirt's
 * interface driver is optional on a host (it may not run, or not know every bridge), so a host that cannot
 * list its interfaces has no discovered bridges rather than no inventory; the bridges its address names still
 * count. An interface that vanishes between listing and reading is skipped.
 */
final class LibvirtBridgeReader {

    private static final System.Logger LOG = System.getLogger(LibvirtBridgeReader.class.getName());
    private static final XMLInputFactory XML = xmlFactory();

    private final LibvirtConnection conn;
    private final String address;
    private final AtomicBoolean warned = new AtomicBoolean();

    LibvirtBridgeReader(LibvirtConnection conn, String address) {
        this.conn = conn;
        this.address = address;
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /** Names of the host's active bridges; empty when libvirt cannot list interfaces. */
    Set<String> read() {
        String[] names;
        try {
            names = conn.listInterfaces();
        } catch (LibvirtException e) {
            if (warned.compareAndSet(false, true)) {
                LOG.log(System.Logger.Level.WARNING, "Host {0}: cannot list its interfaces through libvirt ({1}); "
                    + "only the bridges its address names are known", address, e.getMessage());
            }
            return Set.of();
        }
        Set<String> bridges = new LinkedHashSet<>();
        for (String name : names) {
            if (isBridge(xmlOf(name))) {
                bridges.add(name);
            }
        }
        return bridges;
    }

    private String xmlOf(String interfaceName) {
        try {
            return conn.interfaceLookupByName(interfaceName).getXMLDescription(0);
        } catch (LibvirtException e) {
            return "";
        }
    }

    static boolean isBridge(String interfaceXml) {
        try {
            XMLStreamReader r = XML.createXMLStreamReader(new StringReader(interfaceXml));
            try {
                r.nextTag();
                return "interface".equals(r.getLocalName()) && "bridge".equals(r.getAttributeValue(null, "type"));
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            return false;
        }
    }
}
