package io.contracthub.connectors.soap;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.util.Map;

/**
 * Binds a mapping's JSON output onto a class generated from a WSDL, so a SOAP request is described by a mapping file
 * (data) and not by setters. The JSON mirrors the XML: field names are the element names, an object is an element
 * with children, an array is an element with one {@code <item>} per entry (SAP's table parameters), a scalar is text.
 * Child elements are unqualified, as in WSDLs with {@code elementFormDefault="unqualified"} (SAP's RFC services).
 */
public final class JsonToJaxb {

    private final JAXBContext context;

    /** @param objectFactory the generated package's ObjectFactory */
    public JsonToJaxb(Class<?> objectFactory) {
        try {
            this.context = JAXBContext.newInstance(objectFactory);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot bind " + objectFactory.getPackageName(), e);
        }
    }

    /** @throws IllegalArgumentException when the JSON does not fit {@code type} */
    public <T> T bind(JsonNode json, QName rootElement, Class<T> type) {
        Document doc = newDocument();
        Element root = doc.createElementNS(rootElement.getNamespaceURI(), "ns:" + rootElement.getLocalPart());
        doc.appendChild(root);
        appendFields(doc, root, json);
        try {
            Unmarshaller unmarshaller = context.createUnmarshaller();
            // a field the contract does not know (a typo in the mapping) fails here instead of vanishing
            unmarshaller.setEventHandler(event -> false);
            return unmarshaller.unmarshal(root, type).getValue();
        } catch (JAXBException e) {
            throw new IllegalArgumentException("the mapped document does not fit " + rootElement.getLocalPart() + ": " + e, e);
        }
    }

    private static void appendFields(Document doc, Element parent, JsonNode object) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (!field.getValue().isNull()) {
                parent.appendChild(element(doc, field.getKey(), field.getValue()));
            }
        }
    }

    private static Element element(Document doc, String name, JsonNode value) {
        Element element = doc.createElementNS(null, name);
        if (value.isObject()) {
            appendFields(doc, element, value);
        } else if (value.isArray()) {
            for (JsonNode row : value) {
                element.appendChild(element(doc, "item", row));
            }
        } else {
            element.setTextContent(value.asText());
        }
        return element;
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
