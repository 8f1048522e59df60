package org.vfmigrate.vdsbroker.host.libvirt;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.vfmigrate.vdsbroker.vm.PciAddress;
import org.vfmigrate.vdsbroker.xml.DomainXmlException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Reads libvirt node-device XML ({@code virsh nodedev-dumpxml}) for SR-IOV facts: a PCI device's address,
 * its VFs ({@code capability type='virt_functions'}), its PF ({@code capability type='phys_function'}) and
 * the netdev of a {@code net} device. DOM parsing with DTDs disallowed.
 */
final class NodeDeviceReader {

    /** What one node device says. */
    record NodeDevice(String name, String parent, PciAddress pciAddress, List<PciAddress> virtualFunctions,
                      PciAddress physicalFunction, String netInterface) {
    }

    private static final DocumentBuilderFactory FACTORY = factory();

    private NodeDeviceReader() {
    }

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f;
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static NodeDevice read(String xml) {
        Element root = parse(xml).getDocumentElement();
        PciAddress pci = null;
        List<PciAddress> vfs = new ArrayList<>();
        PciAddress pf = null;
        String net = null;
        for (Element cap : children(root, "capability")) {
            String type = cap.getAttribute("type");
            if ("pci".equals(type)) {
                pci = new PciAddress(num(cap, "domain"), num(cap, "bus"), num(cap, "slot"), num(cap, "function"));
                for (Element sub : children(cap, "capability")) {
                    if ("virt_functions".equals(sub.getAttribute("type"))) {
                        children(sub, "address").forEach(a -> vfs.add(address(a)));
                    } else if ("phys_function".equals(sub.getAttribute("type"))) {
                        pf = children(sub, "address").stream().findFirst().map(NodeDeviceReader::address).orElse(null);
                    }
                }
            } else if ("net".equals(type)) {
                net = text(cap, "interface");
            }
        }
        return new NodeDevice(text(root, "name"), text(root, "parent"), pci, vfs, pf, net);
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilder b = FACTORY.newDocumentBuilder();
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new DomainXmlException("Cannot parse node device XML: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nl = parent.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            Node n = nl.item(i);
            if (n instanceof Element e && name.equals(e.getTagName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).stream().findFirst().map(e -> e.getTextContent().trim()).orElse(null);
    }

    private static int num(Element parent, String name) {
        String t = text(parent, name);
        return t == null ? 0 : Integer.decode(t);
    }

    private static PciAddress address(Element a) {
        return new PciAddress(Integer.decode(a.getAttribute("domain")), Integer.decode(a.getAttribute("bus")),
            Integer.decode(a.getAttribute("slot")), Integer.decode(a.getAttribute("function")));
    }
}
