package org.vfmigrate.backend.restapi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns what the XML parser and JAXB say about a refused document into plain words: the parser's messages name
 * its own properties and limits ({@code JAXP00010006: ... "http://www.oracle.com/xml/jaxp/properties/...}), which
 * mean nothing to an API client.
 */
public final class XmlReadFailures {

    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("DOCTYPE is disallowed", "DTDs and entity declarations are not accepted");
        KNOWN.put("maxElementDepth", "the document is nested deeper than " + ApiXmlConverter.MAX_DEPTH + " levels");
        KNOWN.put("JAXP00010", "the document passes a limit of the XML reader");
        KNOWN.put("Premature end of file", "the document is empty or ends too early");
        KNOWN.put("XML document structures must start and end within the same entity",
                "the document ends before all its elements are closed");
    }

    private XmlReadFailures() {
    }

    /** The parser's message about a refused document, in plain words. */
    public static String describe(String message) {
        if (message == null) {
            return "malformed content";
        }
        for (Map.Entry<String, String> known : KNOWN.entrySet()) {
            if (message.contains(known.getKey())) {
                return known.getValue();
            }
        }
        return FaultText.detail(message.replaceAll("\\.$", ""));
    }
}
