package io.contracthub.simulators.soap;

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
import java.util.ArrayList;
import java.util.List;

/**
 * SOAP 1.1 messages of one WSDL the simulator holds as a file of its own ({@code wiremock/<simulator>/__files/...} on its
 * classpath), read and written as plain DOM: the body's content is validated against the WSDL's schema in both
 * directions, so neither a request nor the simulator's own answer can drift from the published contract.
 */
public final class SoapMessages {

    public static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";

    private final Schema schema;

    private SoapMessages(Schema schema) {
        this.schema = schema;
    }

    public static SoapMessages forWsdl(String wsdlResource) {
        return new SoapMessages(schemaOf(wsdlResource));
    }

    /**
     * The body's one element, valid against the schema.
     *
     * @throws SoapContractException when the message is no SOAP 1.1 envelope or its body breaks the schema
     */
    public Element readBody(byte[] envelope) {
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
        List<Element> body = children(root, "Body");
        List<Element> content = body.isEmpty() ? List.of() : children(body.get(0), null);
        if (content.isEmpty()) {
            throw new SoapContractException("the SOAP body is empty");
        }
        try {
            schema.newValidator().validate(new DOMSource(content.get(0)));
        } catch (SAXException e) {
            throw new SoapContractException("breaks the WSDL's schema: " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return content.get(0);
    }

    /** A new answer: an envelope whose body holds {@code namespace}'s {@code rootName}, to be filled and then {@link #write}n. */
    public Element newAnswer(String namespace, String rootName) {
        Document doc = newDocument();
        Element root = doc.createElementNS(namespace, "n0:" + rootName);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:n0", namespace);
        envelopeBody(doc).appendChild(root);
        return root;
    }

    /** The envelope of an answer made with {@link #newAnswer}, validated before it leaves. */
    public String write(Element answer) {
        try {
            schema.newValidator().validate(new DOMSource(answer));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("the simulator's own answer breaks the contract: " + e.getMessage(), e);
        }
        return serialize(answer.getOwnerDocument());
    }

    /** Appends {@code <name>text</name>} in {@code namespace} (null: unqualified); null text appends nothing. */
    public static Element append(Element parent, String namespace, String name, String text) {
        Element child = parent.getOwnerDocument().createElementNS(namespace, namespace == null ? name : "n0:" + name);
        if (text != null) {
            child.setTextContent(text);
        }
        parent.appendChild(child);
        return child;
    }

    /** The text of the first child element named {@code localName}, or null. */
    public static String text(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }

    /** The child elements named {@code localName} (any name when null), in document order. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node.getNodeType() == Node.ELEMENT_NODE && (localName == null || localName.equals(node.getLocalName()))) {
                found.add((Element) node);
            }
        }
        return found;
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
        return serialize(doc);
    }

    private static Schema schemaOf(String wsdlResource) {
        try (InputStream wsdl = SoapMessages.class.getClassLoader().getResourceAsStream(wsdlResource)) {
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

    private static String serialize(Document doc) {
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
