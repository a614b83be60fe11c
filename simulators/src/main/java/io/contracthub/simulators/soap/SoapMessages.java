package io.contracthub.simulators.soap;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;

/**
 * SOAP 1.1 messages of one checked-in WSDL, as a simulated service reads and writes them: bodies bound to the
 * classes cxf-codegen generated from that WSDL and validated against the WSDL's schema in both directions, so a
 * simulator cannot drift from the contract the connector is generated from.
 */
public final class SoapMessages {

    private static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";

    private final JAXBContext context;
    private final Schema schema;

    private SoapMessages(JAXBContext context, Schema schema) {
        this.context = context;
        this.schema = schema;
    }

    /** @param objectFactory the generated package's ObjectFactory */
    public static SoapMessages forWsdl(String wsdlResource, Class<?> objectFactory) {
        try {
            return new SoapMessages(JAXBContext.newInstance(objectFactory), schemaOf(wsdlResource, objectFactory.getClassLoader()));
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot bind the classes generated from " + wsdlResource, e);
        }
    }

    /** @throws SoapContractException when the message is no SOAP 1.1 envelope or its body breaks the schema */
    public <T> T readBody(byte[] envelope, Class<T> type) {
        Element content = bodyContent(envelope);
        try {
            Unmarshaller unmarshaller = context.createUnmarshaller();
            unmarshaller.setSchema(schema);
            return unmarshaller.unmarshal(content, type).getValue();
        } catch (JAXBException e) {
            Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e;
            throw new SoapContractException("breaks the WSDL's schema: " + cause.getMessage());
        }
    }

    /** The body's content as the generated class of its root element, for services with several operations. */
    public Object readBody(byte[] envelope) {
        Element content = bodyContent(envelope);
        try {
            Unmarshaller unmarshaller = context.createUnmarshaller();
            unmarshaller.setSchema(schema);
            Object body = unmarshaller.unmarshal(content);
            return body instanceof jakarta.xml.bind.JAXBElement<?> element ? element.getValue() : body;
        } catch (JAXBException e) {
            Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e;
            throw new SoapContractException("breaks the WSDL's schema: " + cause.getMessage());
        }
    }

    /** The envelope around {@code body} (a generated root element), validated before it leaves. */
    public String envelope(Object body) {
        Document doc = newDocument();
        Element bodyElement = envelopeBody(doc);
        try {
            Marshaller marshaller = context.createMarshaller();
            marshaller.setSchema(schema);
            marshaller.marshal(body, bodyElement);
        } catch (JAXBException e) {
            throw new IllegalStateException("the simulator's own answer breaks the contract", e);
        }
        return write(doc);
    }

    /** A SOAP 1.1 fault; {@code faultCode} is "Client" or "Server". */
    public static String fault(String faultCode, String faultString) {
        Document doc = newDocument();
        Element fault = doc.createElementNS(SOAP_NS, "soap:Fault");
        envelopeBody(doc).appendChild(fault);
        Element code = doc.createElement("faultcode");
        code.setTextContent("soap:" + faultCode);
        fault.appendChild(code);
        Element string = doc.createElement("faultstring");
        string.setTextContent(faultString);
        fault.appendChild(string);
        return write(doc);
    }

    private static Element bodyContent(byte[] envelope) {
        Document doc;
        try {
            doc = secureFactory().newDocumentBuilder().parse(new ByteArrayInputStream(envelope));
        } catch (SAXException | IOException e) {
            throw new SoapContractException("not well-formed XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element root = doc.getDocumentElement();
        if (!SOAP_NS.equals(root.getNamespaceURI()) || !"Envelope".equals(root.getLocalName())) {
            throw new SoapContractException("not a SOAP 1.1 envelope");
        }
        Element body = firstElement(root, "Body");
        Element content = body == null ? null : firstElement(body, null);
        if (content == null) {
            throw new SoapContractException("the SOAP body is empty");
        }
        return content;
    }

    private static Element firstElement(Element parent, String localName) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node node = children.item(i);
            if (node.getNodeType() == Node.ELEMENT_NODE && (localName == null || localName.equals(node.getLocalName()))) {
                return (Element) node;
            }
        }
        return null;
    }

    private static Schema schemaOf(String wsdlResource, ClassLoader classLoader) {
        try (InputStream wsdl = classLoader.getResourceAsStream(wsdlResource)) {
            if (wsdl == null) {
                throw new IllegalStateException(wsdlResource + " is not on the classpath");
            }
            Document doc = secureFactory().newDocumentBuilder().parse(wsdl);
            NodeList schemas = doc.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "schema");
            Source[] sources = new Source[schemas.getLength()];
            for (int i = 0; i < sources.length; i++) {
                sources[i] = new DOMSource(schemas.item(i));
            }
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sources);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("cannot read the schema of " + wsdlResource, e);
        }
    }

    private static Element envelopeBody(Document doc) {
        Element envelope = doc.createElementNS(SOAP_NS, "soap:Envelope");
        doc.appendChild(envelope);
        Element body = doc.createElementNS(SOAP_NS, "soap:Body");
        envelope.appendChild(body);
        return body;
    }

    private static Document newDocument() {
        try {
            return secureFactory().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static String write(Document doc) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the SOAP message", e);
        }
    }
}
