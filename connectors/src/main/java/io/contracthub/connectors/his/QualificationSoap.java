package io.contracthub.connectors.his;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * The SOAP 1.1 messages of the checked-in contract {@code wsdl/his-qualification.wsdl}, written and read with the JDK's
 * DOM, every body validated against the schema inside the WSDL (both directions), so the client and the simulator
 * cannot drift from the contract. Hand-written instead of cxf-codegen: CXF is not in the offline repository here.
 */
public final class QualificationSoap {

    public static final String NAMESPACE = "urn:contracthub:his:qualification:1";
    public static final String SOAP_ACTION = NAMESPACE + ":VerifyQualification";
    public static final String WSDL = "wsdl/his-qualification.wsdl";
    private static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final Schema SCHEMA = schemaFromWsdl();

    private QualificationSoap() {
    }

    public static String request(QualificationQuery query) {
        Document doc = newDocument();
        Element body = envelope(doc);
        Element request = child(doc, body, "VerifyQualificationRequest", null);
        child(doc, request, "requestId", query.requestId());
        child(doc, request, "companyName", query.companyName());
        child(doc, request, "creditCode", query.creditCode());
        child(doc, request, "licenceNumber", query.licenceNumber());
        child(doc, request, "validUntil", query.validUntil().toString());
        validate(request);
        return write(doc);
    }

    /** @throws SoapFormatException when the envelope or its body breaks the contract */
    public static QualificationQuery readRequest(String xml) {
        Element request = bodyElement(xml, "VerifyQualificationRequest");
        return new QualificationQuery(text(request, "requestId"), text(request, "companyName"), text(request, "creditCode"),
                text(request, "licenceNumber"), LocalDate.parse(text(request, "validUntil")));
    }

    public static String response(QualificationVerdict verdict) {
        Document doc = newDocument();
        Element body = envelope(doc);
        Element response = child(doc, body, "VerifyQualificationResponse", null);
        child(doc, response, "requestId", verdict.requestId());
        child(doc, response, "result", verdict.result().name());
        if (verdict.registeredValidUntil() != null) {
            child(doc, response, "registeredValidUntil", verdict.registeredValidUntil().toString());
        }
        if (verdict.issuingAuthority() != null) {
            child(doc, response, "issuingAuthority", verdict.issuingAuthority());
        }
        if (verdict.message() != null) {
            child(doc, response, "message", verdict.message());
        }
        validate(response);
        return write(doc);
    }

    /** @throws SoapFaultException for a SOAP Fault; @throws SoapFormatException for anything off-contract */
    public static QualificationVerdict readResponse(String xml) {
        Element response = bodyElement(xml, "VerifyQualificationResponse");
        String validUntil = optionalText(response, "registeredValidUntil");
        return new QualificationVerdict(text(response, "requestId"),
                QualificationVerdict.Result.valueOf(text(response, "result")),
                validUntil == null ? null : LocalDate.parse(validUntil), optionalText(response, "issuingAuthority"),
                optionalText(response, "message"));
    }

    public static String fault(String faultCode, String faultString) {
        Document doc = newDocument();
        Element body = envelope(doc);
        Element fault = doc.createElementNS(SOAP_NS, "soap:Fault");
        body.appendChild(fault);
        Element code = doc.createElement("faultcode");
        code.setTextContent("soap:" + faultCode);
        fault.appendChild(code);
        Element string = doc.createElement("faultstring");
        string.setTextContent(faultString);
        fault.appendChild(string);
        return write(doc);
    }

    private static Element bodyElement(String xml, String expected) {
        Document doc = parse(xml);
        Element envelope = doc.getDocumentElement();
        if (!SOAP_NS.equals(envelope.getNamespaceURI()) || !"Envelope".equals(envelope.getLocalName())) {
            throw new SoapFormatException("not a SOAP 1.1 envelope");
        }
        Element body = firstElement(envelope, SOAP_NS, "Body");
        Element content = body == null ? null : firstElement(body, null, null);
        if (content == null) {
            throw new SoapFormatException("the SOAP body is empty");
        }
        if (SOAP_NS.equals(content.getNamespaceURI()) && "Fault".equals(content.getLocalName())) {
            Element code = firstElement(content, null, "faultcode");
            Element string = firstElement(content, null, "faultstring");
            throw new SoapFaultException(code == null ? "" : code.getTextContent().trim(),
                    string == null ? "" : string.getTextContent().trim());
        }
        if (!NAMESPACE.equals(content.getNamespaceURI()) || !expected.equals(content.getLocalName())) {
            throw new SoapFormatException("expected " + expected + " but the body holds " + content.getLocalName());
        }
        validate(content);
        return content;
    }

    private static void validate(Element element) {
        try {
            SCHEMA.newValidator().validate(new DOMSource(element));
        } catch (SAXException e) {
            throw new SoapFormatException("breaks the WSDL's schema: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Element envelope(Document doc) {
        Element envelope = doc.createElementNS(SOAP_NS, "soap:Envelope");
        doc.appendChild(envelope);
        Element body = doc.createElementNS(SOAP_NS, "soap:Body");
        envelope.appendChild(body);
        return body;
    }

    private static Element child(Document doc, Element parent, String name, String text) {
        Element element = doc.createElementNS(NAMESPACE, name);
        if (text != null) {
            element.setTextContent(text);
        }
        parent.appendChild(element);
        return element;
    }

    private static String text(Element parent, String name) {
        String text = optionalText(parent, name);
        if (text == null) {
            throw new SoapFormatException(name + " is missing");
        }
        return text;
    }

    private static String optionalText(Element parent, String name) {
        Element element = firstElement(parent, NAMESPACE, name);
        return element == null ? null : element.getTextContent().trim();
    }

    private static Element firstElement(Element parent, String namespace, String localName) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node node = children.item(i);
            if (node.getNodeType() == Node.ELEMENT_NODE
                    && (namespace == null || namespace.equals(node.getNamespaceURI()))
                    && (localName == null || localName.equals(node.getLocalName()))) {
                return (Element) node;
            }
        }
        return null;
    }

    private static Schema schemaFromWsdl() {
        try (InputStream wsdl = QualificationSoap.class.getClassLoader().getResourceAsStream(WSDL)) {
            if (wsdl == null) {
                throw new IllegalStateException(WSDL + " is not on the classpath");
            }
            Document doc = secureFactory().newDocumentBuilder().parse(wsdl);
            Element schema = (Element) doc.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "schema").item(0);
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new DOMSource(schema));
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("The HIS WSDL cannot be read", e);
        }
    }

    private static Document parse(String xml) {
        try {
            return secureFactory().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new SoapFormatException("not well-formed XML: " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
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
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the SOAP message", e);
        }
    }

    /** A message that is not what the contract says. */
    public static class SoapFormatException extends RuntimeException {
        public SoapFormatException(String message) {
            super(message);
        }
    }

    /** The service answered a SOAP Fault. */
    public static class SoapFaultException extends RuntimeException {
        private final String faultCode;

        public SoapFaultException(String faultCode, String faultString) {
            super(faultCode + ": " + faultString);
            this.faultCode = faultCode;
        }

        public String faultCode() {
            return faultCode;
        }
    }
}
