package org.vfmigrate.backend.restapi;

import jakarta.xml.bind.UnmarshalException;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.nio.charset.Charset;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.xml.Jaxb2RootElementHttpMessageConverter;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads API bodies from XML as JAXB does, with a stricter reader: no DTD at all (so neither external entities nor
 * entity expansion), no XInclude, at most {@link #MAX_DEPTH} levels of elements (an API document has fewer than
 * ten; a deep one only costs the reader), and the root element must be the one the endpoint reads, not any other
 * type JAXB happens to know.
 */
public class ApiXmlConverter extends Jaxb2RootElementHttpMessageConverter {

    /** The deepest element nesting accepted, in XML and JSON bodies alike. */
    public static final int MAX_DEPTH = 64;

    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    public ApiXmlConverter() {
        setSupportDtd(false);
        setProcessExternalEntities(false);
    }

    @Override
    protected Object readFromSource(Class<?> clazz, HttpHeaders headers, Source source) throws Exception {
        Object read = super.readFromSource(clazz, headers, source);
        if (!clazz.isInstance(read)) {
            XmlRootElement root = clazz.getAnnotation(XmlRootElement.class);
            throw new UnmarshalException("the root element must be <" + (root == null ? "?" : root.name()) + ">");
        }
        return read;
    }

    @Override
    protected Source processSource(Source source, Charset charset) {
        if (!(source instanceof StreamSource stream)) {
            return super.processSource(source, charset);
        }
        InputSource input = new InputSource(stream.getInputStream());
        if (charset != null) {
            input.setEncoding(charset.name());
        }
        return new SAXSource(reader(), input);
    }

    /** A namespace-aware SAX reader that refuses DTDs and XInclude and stops at {@link #MAX_DEPTH}. */
    static XMLReader reader() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(MAX_ELEMENT_DEPTH, String.valueOf(MAX_DEPTH));
            return parser.getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML reader cannot be configured safely", e);
        }
    }
}
