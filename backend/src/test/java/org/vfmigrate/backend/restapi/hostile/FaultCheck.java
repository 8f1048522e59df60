package org.vfmigrate.backend.restapi.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * What every answer to a hostile request must be: one of the statuses the attack expects (always a 4xx), and a
 * fault a client can read and act on: {@code <fault><reason/><detail/></fault>} or its JSON twin as the client
 * asked (the SSO endpoint answers OAuth's {@code error_code} and {@code error}), short, and giving away no
 * internals (no Java class names, no stack traces). A 401 says how to authenticate and a 405 which methods are
 * allowed.
 */
final class FaultCheck {

    /** A fault is a sentence or two; a longer one echoes the request or dumps internals. */
    static final int MAX_FAULT_CHARS = 2000;
    private static final Pattern INTERNALS = Pattern.compile(
            "java\\.|javax\\.|jakarta\\.|org\\.springframework|org\\.apache|com\\.fasterxml|org\\.vfmigrate|org\\.postgresql"
                    + "|org\\.hibernate|Exception|\\tat |\\.java:\\d|\\$[A-Z][A-Za-z]+@|SQLState|StreamReadFeature");
    private static final ObjectMapper JSON = new ObjectMapper();

    private FaultCheck() {
    }

    /** Everything wrong with the answer; empty when it is right. */
    static List<String> problems(HostileRequest request, HttpResponse<String> response) {
        List<String> problems = new ArrayList<>();
        int status = response.statusCode();
        if (!request.expected().contains(status)) {
            problems.add("status " + status + ", expected one of " + request.expected());
        }
        if (status < 400 || status >= 500) {
            problems.add("status " + status + " is not a 4xx");
        }
        String body = response.body() == null ? "" : response.body();
        if (body.length() > MAX_FAULT_CHARS) {
            problems.add("fault of " + body.length() + " chars");
        }
        if (INTERNALS.matcher(body).find()) {
            problems.add("fault shows internals");
        }
        if (status == 401 && request.path().startsWith(ApiEndpoints.API)
                && response.headers().firstValue("WWW-Authenticate").isEmpty()) {
            problems.add("401 without WWW-Authenticate");
        }
        if (status == 405 && response.headers().firstValue("Allow").isEmpty()) {
            problems.add("405 without Allow");
        }
        problems.addAll(shape(request, response, body));
        return problems;
    }

    private static List<String> shape(HostileRequest request, HttpResponse<String> response, String body) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        boolean oauth = request.path().startsWith(ApiEndpoints.TOKEN) && response.statusCode() != 405;
        String accept = request.headers().getOrDefault("Accept", "");
        List<String> problems = new ArrayList<>();
        if (type.startsWith("application/json")) {
            if (accept.equals("application/xml")) {
                problems.add("JSON fault for a client that accepts only XML");
            }
            problems.addAll(json(body, oauth ? "error_code" : "reason", oauth ? "error" : "detail"));
        } else if (type.startsWith("application/xml")) {
            if (accept.equals("application/json") || oauth) {
                problems.add("XML fault for a client that accepts only JSON");
            }
            problems.addAll(xml(body));
        } else {
            problems.add("fault of type '" + type + "' (" + snippet(body) + ")");
        }
        return problems;
    }

    private static List<String> json(String body, String reasonKey, String detailKey) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.path(reasonKey).asText().isBlank() || node.path(detailKey).asText().isBlank()) {
                return List.of("JSON fault without " + reasonKey + " and " + detailKey + ": " + snippet(body));
            }
            return List.of();
        } catch (Exception e) {
            return List.of("unreadable JSON fault: " + snippet(body));
        }
    }

    private static List<String> xml(String body) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = f.newDocumentBuilder().parse(new InputSource(new StringReader(body))).getDocumentElement();
            if (!root.getTagName().equals("fault") || text(root, "reason").isBlank() || text(root, "detail").isBlank()) {
                return List.of("XML fault without fault/reason and fault/detail: " + snippet(body));
            }
            return List.of();
        } catch (Exception e) {
            return List.of("unreadable XML fault (" + e.getMessage() + "): " + snippet(body));
        }
    }

    private static String text(Element root, String child) {
        var nodes = root.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    static String snippet(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }
}
