package io.contracthub.connectors.wecom;

import io.contracthub.connectors.auth.CallbackDecryptionException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** WeCom's flat {@code <xml><Field>value</Field>...</xml>} documents, read without DTDs or external entities. */
public final class WecomXml {

    private WecomXml() {
    }

    /** The top-level elements of a WeCom XML document and their text; nested elements are skipped. */
    public static Map<String, String> fields(String xml) {
        Element root = parse(xml).getDocumentElement();
        Map<String, String> fields = new LinkedHashMap<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.ELEMENT_NODE && !hasElementChildren(child)) {
                fields.put(child.getNodeName(), child.getTextContent());
            }
        }
        return fields;
    }

    private static boolean hasElementChildren(Node node) {
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                return true;
            }
        }
        return false;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            // the parser's message names its own features and internals; the caller learns only what is wrong
            throw new CallbackDecryptionException("the body is not well-formed WeCom XML without a DOCTYPE", e);
        }
    }
}
