package org.vfmigrate.vdsbroker.xml;

import org.vfmigrate.common.errors.Causes;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.vfmigrate.vdsbroker.xml.model.Domain;
import org.vfmigrate.vdsbroker.xml.model.DomainInterface;
import org.vfmigrate.vdsbroker.xml.model.metadata.VfmigrateMetadata;

/**
 * Marshals and unmarshals the typed domain model. Parsing goes through a StAX reader with DTD support and
 * external entities switched off, and any document that declares a DTD is refused outright, so neither
 * XXE nor entity-expansion attacks reach the binder. Thread-safe: the JAXB contexts are shared, marshallers
 * and unmarshallers are per thread.
 */
public final class DomainXmlCodec {

    private static final QName INTERFACE = new QName("interface");
    private static final JAXBContext CONTEXT = createContext(Domain.class, VfmigrateMetadata.class);
    /** Device documents get their own context so they carry no metadata namespace declarations. */
    private static final JAXBContext DEVICE_CONTEXT = createContext(DomainInterface.class);
    private static final XMLInputFactory INPUT = createInputFactory();
    private static final DomainXmlCodec INSTANCE = new DomainXmlCodec();
    /** Marshallers and unmarshallers are not thread-safe but are reusable: one per thread and context. */
    private static final ThreadLocal<Marshaller> DOMAIN_MARSHALLER = ThreadLocal.withInitial(() -> marshaller(CONTEXT));
    private static final ThreadLocal<Marshaller> DEVICE_MARSHALLER =
        ThreadLocal.withInitial(() -> marshaller(DEVICE_CONTEXT));
    private static final ThreadLocal<Unmarshaller> DOMAIN_UNMARSHALLER =
        ThreadLocal.withInitial(() -> unmarshaller(CONTEXT));
    private static final ThreadLocal<Unmarshaller> DEVICE_UNMARSHALLER =
        ThreadLocal.withInitial(() -> unmarshaller(DEVICE_CONTEXT));

    private DomainXmlCodec() {
    }

    /** The shared codec. */
    public static DomainXmlCodec get() {
        return INSTANCE;
    }

    private static JAXBContext createContext(Class<?>... types) {
        try {
            return JAXBContext.newInstance(types);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static XMLInputFactory createInputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        setIfSupported(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        setIfSupported(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    private static Marshaller marshaller(JAXBContext context) {
        try {
            Marshaller m = context.createMarshaller();
            m.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.FALSE);
            m.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            return m;
        } catch (JAXBException e) {
            throw new DomainXmlException("Cannot create a JAXB marshaller", e);
        }
    }

    private static Unmarshaller unmarshaller(JAXBContext context) {
        try {
            return context.createUnmarshaller();
        } catch (JAXBException e) {
            throw new DomainXmlException("Cannot create a JAXB unmarshaller", e);
        }
    }

    private static void setIfSupported(XMLInputFactory f, String name, Object value) {
        if (f.isPropertySupported(name)) {
            f.setProperty(name, value);
        }
    }

    /** Parses a whole {@code <domain>} document. */
    public Domain parseDomain(String xml) {
        return unmarshal(DOMAIN_UNMARSHALLER.get(), xml, Domain.class);
    }

    /** Parses a single {@code <interface>} device document (hot-plug XML). */
    public DomainInterface parseInterface(String xml) {
        return unmarshal(DEVICE_UNMARSHALLER.get(), xml, DomainInterface.class);
    }

    /** Writes a {@code <domain>} document. */
    public String write(Domain domain) {
        return marshal(DOMAIN_MARSHALLER.get(), domain);
    }

    /** Writes a single {@code <interface>} device document. */
    public String write(DomainInterface iface) {
        return marshal(DEVICE_MARSHALLER.get(), new JAXBElement<>(INTERFACE, DomainInterface.class, iface));
    }

    /** A deep copy through XML (preserves unknown content). */
    public Domain copy(Domain domain) {
        return parseDomain(write(domain));
    }

    private static <T> T unmarshal(Unmarshaller u, String xml, Class<T> type) {
        XMLStreamReader reader = null;
        try {
            reader = INPUT.createFilteredReader(INPUT.createXMLStreamReader(new StringReader(xml)),
                DomainXmlCodec::refuseDtd);
            return u.unmarshal(reader, type).getValue();
        } catch (JAXBException | XMLStreamException | IllegalStateException e) {
            throw new DomainXmlException("Cannot parse libvirt XML: " + Causes.rootMessage(e), e);
        } finally {
            closeQuietly(reader);
        }
    }

    private static boolean refuseDtd(XMLStreamReader r) {
        if (r.getEventType() == XMLStreamConstants.DTD || r.getEventType() == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new IllegalStateException("DTDs and entity references are not accepted in libvirt XML");
        }
        return true;
    }

    private static String marshal(Marshaller m, Object jaxbObject) {
        try {
            StringWriter out = new StringWriter(2048);
            m.marshal(jaxbObject, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new DomainXmlException("Cannot write libvirt XML: " + Causes.rootMessage(e), e);
        }
    }


    private static void closeQuietly(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing to release beyond the in-memory reader
            }
        }
    }
}
