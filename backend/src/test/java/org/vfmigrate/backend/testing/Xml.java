package org.vfmigrate.backend.testing;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** XPath over a response body, for assertions that read the XML the way a client does. */
public final class Xml {

    private final Document doc;

    private Xml(Document doc) {
        this.doc = doc;
    }

    public static Xml parse(String body) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Xml(f.newDocumentBuilder().parse(new InputSource(new StringReader(body))));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + body, e);
        }
    }

    public String text(String xpath) {
        try {
            return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.STRING);
        } catch (Exception e) {
            throw new AssertionError("bad xpath " + xpath, e);
        }
    }

    public int count(String xpath) {
        try {
            return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET))
                    .getLength();
        } catch (Exception e) {
            throw new AssertionError("bad xpath " + xpath, e);
        }
    }
}
