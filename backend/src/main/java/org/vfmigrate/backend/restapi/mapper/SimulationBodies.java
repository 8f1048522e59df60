package org.vfmigrate.backend.restapi.mapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.springframework.http.HttpStatus;
import org.vfmigrate.backend.restapi.ApiFaultException;
import org.vfmigrate.backend.restapi.ApiXmlConverter;
import org.vfmigrate.backend.restapi.BodyReadFailures;
import org.vfmigrate.backend.restapi.XmlReadFailures;
import org.vfmigrate.backend.restapi.FaultText;
import org.vfmigrate.backend.restapi.RestApiConfiguration;
import org.vfmigrate.vdsbroker.host.sim.SimSettings;
import org.vfmigrate.vdsbroker.host.sim.SimSettingsException;
import org.vfmigrate.vdsbroker.host.sim.SimSettingsParser;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads a {@code simulation} body, JSON or XML, into the generic map the simulator's parser takes, and parses
 * it there, so unknown keys and bad values are refused with every problem listed. In XML the keys are elements
 * and the lists are {@code <faults><fault>…</fault></faults>} and {@code <guests><guest>…</guest></guests>}.
 * The XML reader accepts no DTD, no external entities and no nesting deeper than the API's limit; the JSON reader
 * has the same limit, and its text must be text XML can carry.
 */
public final class SimulationBodies {

    private static final Map<String, String> LISTS = Map.of("faults", "fault", "guests", "guest");
    private static final Set<String> LIST_ITEMS = Set.copyOf(LISTS.values());
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private SimulationBodies() {
    }

    public static SimSettings parse(byte[] body, boolean json) {
        Map<String, ?> map = json ? json(body) : xml(body);
        try {
            return SimSettingsParser.fromMap(map);
        } catch (SimSettingsException e) {
            throw new ApiFaultException(HttpStatus.BAD_REQUEST, "Invalid simulation settings",
                    String.join("; ", e.problems()) + ".");
        } catch (ArithmeticException | ClassCastException e) {
            throw new ApiFaultException(HttpStatus.BAD_REQUEST, "Invalid simulation settings",
                    "A value is out of range or of the wrong kind: " + e.getMessage() + ".");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> json(byte[] body) {
        Object doc;
        try {
            doc = RestApiConfiguration.apiObjectMapper().readValue(body, Object.class);
        } catch (JsonProcessingException e) {
            throw unreadable(BodyReadFailures.json(e));
        } catch (IOException e) {
            throw unreadable(e.getMessage());
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw unreadable("the body must be a JSON object such as {\"unplug_ack_ms\": 2000}");
        }
        requireXmlSafe(map);
        return (Map<String, ?>) map;
    }

    private static Map<String, ?> xml(byte[] body) {
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(MAX_ELEMENT_DEPTH, String.valueOf(ApiXmlConverter.MAX_DEPTH));
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            root = f.newDocumentBuilder().parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw unreadable(XmlReadFailures.describe(e.getMessage()));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        if (!"simulation".equals(root.getTagName())) {
            throw unreadable("the root element must be <simulation>, was <" + root.getTagName() + ">");
        }
        return object(root);
    }

    private static Map<String, Object> object(Element e) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Element child : children(e)) {
            String key = child.getTagName();
            if (out.containsKey(key)) {
                throw unreadable("<" + key + "> appears twice in <" + e.getTagName() + ">");
            }
            out.put(key, value(child));
        }
        return out;
    }

    private static Object value(Element e) {
        String item = LISTS.get(e.getTagName());
        if (item != null) {
            List<Object> list = new ArrayList<>();
            for (Element child : children(e)) {
                if (!item.equals(child.getTagName())) {
                    throw unreadable("<" + e.getTagName() + "> may only contain <" + item + ">, not <"
                            + child.getTagName() + ">");
                }
                list.add(object(child));
            }
            return list;
        }
        if (LIST_ITEMS.contains(e.getTagName()) || !children(e).isEmpty()) {
            return object(e);
        }
        return e.getTextContent().trim();
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                out.add(child);
            }
        }
        return out;
    }

    /** Keys and text the JSON reader took without complaint but XML could not carry (a NUL, say); nested. */
    private static void requireXmlSafe(Object node) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                requireXmlSafe(key);
                requireXmlSafe(value);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(SimulationBodies::requireXmlSafe);
        } else if (node instanceof String text && !FaultText.xmlSafe(text)) {
            throw unreadable("'" + FaultText.quoted(text) + "' holds "
                    + FaultText.codeOf(text, FaultText.firstUnsafe(text)) + ", a character API text may not contain");
        }
    }

    private static ApiFaultException unreadable(String why) {
        return new ApiFaultException(HttpStatus.BAD_REQUEST, "Request syntactically incorrect.",
                "The request body could not be read: " + (why == null ? "malformed content" : why) + ".");
    }
}
