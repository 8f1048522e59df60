package org.vfmigrate.backend.process;

import java.io.StringReader;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.vfmigrate.backend.testing.ApiClient;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Everything the API shows of an engine's objects, one entry per object holding its XML as served, keyed by
 * where it was listed and its id ({@code /vms/<vm>/migrations#<id>}): data centers, clusters, networks, vNIC
 * profiles, hosts with their devices and network attachments, VMs with their NICs and migrations, jobs with their
 * steps, and events. Two snapshots compare object by object, so a restart that loses or alters anything shows
 * which object and how.
 */
public final class ApiSnapshot {

    private static final String ROOT = "/ovirt-engine/api";
    private static final int MOST = 500;

    private final Map<String, String> objects = new LinkedHashMap<>();
    private final ApiClient api;

    private ApiSnapshot(ApiClient api) {
        this.api = api;
    }

    /** Reads every object through {@code api} (an admin client). */
    public static ApiSnapshot take(ApiClient api) {
        ApiSnapshot s = new ApiSnapshot(api.xml());
        for (String collection : List.of("/datacenters", "/clusters", "/networks", "/vnicprofiles")) {
            s.list(collection);
        }
        for (String host : s.list("/hosts")) {
            s.list("/hosts/" + host + "/devices");
            s.list("/hosts/" + host + "/networkattachments");
        }
        for (String vm : s.list("/vms")) {
            s.list("/vms/" + vm + "/nics");
            s.list("/vms/" + vm + "/migrations");
        }
        for (String job : s.list("/jobs?max=" + MOST)) {
            s.list("/jobs/" + job + "/steps");
        }
        s.list("/events?max=" + MOST);
        return s;
    }

    public Map<String, String> objects() {
        return Map.copyOf(objects);
    }

    /** One line for each object of {@code earlier} that is gone or differs here; empty when all are intact. */
    public List<String> lostOrChangedSince(ApiSnapshot earlier) {
        List<String> problems = new ArrayList<>();
        earlier.objects.forEach((key, xml) -> {
            String now = objects.get(key);
            if (now == null) {
                problems.add("lost " + key + ": " + xml);
            } else if (!now.equals(xml)) {
                problems.add("changed " + key + ":\n  before " + xml + "\n  after  " + now);
            }
        });
        return problems;
    }

    /** The keys of the objects that are here but were not in {@code earlier}. */
    public Set<String> addedSince(ApiSnapshot earlier) {
        Set<String> added = new TreeSet<>(objects.keySet());
        added.removeAll(earlier.objects.keySet());
        return added;
    }

    /** Lists one collection into the snapshot; returns the ids of its items in order. */
    private List<String> list(String path) {
        HttpResponse<String> r = api.get(ROOT + path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        String collection = path.replaceFirst("\\?.*$", "");
        List<String> ids = new ArrayList<>();
        int position = 0;
        for (Node n = parse(r.body()).getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element item) {
                position++;
                String id = item.hasAttribute("id") ? item.getAttribute("id") : "@" + position;
                ids.add(id);
                if (objects.put(collection + "#" + id, serialize(item)) != null) {
                    throw new AssertionError(path + " lists " + id + " twice: " + r.body());
                }
            }
        }
        return ids;
    }

    private static Element parse(String body) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(body))).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not XML: " + body, e);
        }
    }

    private static String serialize(Element element) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(element), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new AssertionError("cannot serialize " + element.getTagName(), e);
        }
    }
}
