package io.contracthub.simulators.sap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.simulators.erp.MasterData;
import io.contracthub.simulators.erp.SimulatorHttpServer;
import io.contracthub.simulators.erp.SimulatorHttpServer.Response;
import io.contracthub.simulators.soap.SoapContractException;
import io.contracthub.simulators.soap.SoapMessages;
import org.w3c.dom.Element;

import java.util.List;
import java.util.Locale;

/**
 * BAPI_SALESORDER_CREATEFROMDAT2 and BAPI_SALESORDER_GETLIST as SOAMANAGER exposes them (the simulator's own copy of
 * the service's WSDL, {@link #WSDL}): requests validated against the WSDL's schema (soap:Client fault, HTTP 500,
 * otherwise); business errors as RETURN rows of type E with SAP's message class and number, HTTP 200, nothing
 * created; no duplicate check (a second create with the same PURCH_NO_C makes a second order, as in SAP).
 */
final class SapBapiService {

    static final String WSDL = "wiremock/sap/__files/sap-salesorder-bapi.wsdl";
    private static final String RFC_NS = "urn:sap-com:document:sap:rfc:functions";
    private static final SoapMessages SOAP = SoapMessages.forWsdl(WSDL);

    private record Message(String type, String id, String number, String text) {
    }

    private final SapSimulator sap;

    SapBapiService(SapSimulator sap) {
        this.sap = sap;
    }

    Response handle(byte[] envelope) {
        Element request;
        try {
            request = SOAP.readBody(envelope);
        } catch (SoapContractException e) {
            return Response.xml(500, SoapMessages.fault("Client", "request breaks the contract: " + e.getMessage()));
        }
        if (RFC_NS.equals(request.getNamespaceURI())) {
            switch (request.getLocalName()) {
                case "BAPI_SALESORDER_CREATEFROMDAT2":
                    return Response.xml(200, create(request));
                case "BAPI_SALESORDER_GETLIST":
                    return Response.xml(200, getList(request));
                default:
                    break;
            }
        }
        return Response.xml(500, SoapMessages.fault("Client", "no operation for " + request.getLocalName()));
    }

    private String create(Element order) {
        MasterData masterData = sap.masterData();
        Element header = SoapMessages.children(order, "ORDER_HEADER_IN").get(0);
        String salesOrg = SoapMessages.text(header, "SALES_ORG");
        String soldTo = rows(order, "ORDER_PARTNERS").stream().filter(partner -> "AG".equals(SoapMessages.text(partner, "PARTN_ROLE")))
                .map(partner -> SoapMessages.text(partner, "PARTN_NUMB")).findFirst().orElse(null);
        if (!masterData.knowsCustomer(soldTo)) {
            return refused(new Message("E", "V1", "302", "Customer " + soldTo + " has not been created for sales organization "
                    + salesOrg + " distribution channel " + SoapMessages.text(header, "DISTR_CHAN")));
        }
        List<Element> items = rows(order, "ORDER_ITEMS_IN");
        if (items.isEmpty()) {
            return refused(new Message("E", "V1", "412", "Sales document contains no items"));
        }
        for (Element item : items) {
            String material = SoapMessages.text(item, "MATERIAL");
            if (!masterData.knowsMaterial(material)) {
                return refused(new Message("E", "V1", "392", "Material " + material + " is not defined for sales org." + salesOrg));
            }
        }
        ObjectNode entity = SimulatorHttpServer.JSON.createObjectNode()
                .put("SalesOrderType", SoapMessages.text(header, "DOC_TYPE"))
                .put("SalesOrganization", salesOrg)
                .put("SoldToParty", soldTo)
                .put("PurchaseOrderByCustomer", SoapMessages.text(header, "PURCH_NO_C"));
        String number = sap.recordOrder(entity, "BAPI_SALESORDER_CREATEFROMDAT2", journalPayload(order));
        Element response = SOAP.newAnswer(RFC_NS, "BAPI_SALESORDER_CREATEFROMDAT2Response");
        SoapMessages.append(response, null, "SALESDOCUMENT", number);
        returnTable(response, new Message("S", "V1", "311", "Standard Order " + number + " has been saved"));
        return SOAP.write(response);
    }

    private String getList(Element query) {
        String customer = SoapMessages.text(query, "CUSTOMER_NUMBER");
        String salesOrg = SoapMessages.text(query, "SALES_ORGANIZATION");
        Element response = SOAP.newAnswer(RFC_NS, "BAPI_SALESORDER_GETLISTResponse");
        message(SoapMessages.append(response, null, "RETURN", null), new Message("", "", "", ""));
        Element orders = SoapMessages.append(response, null, "SALES_ORDERS", null);
        for (ObjectNode order : sap.ordersWithReference(SoapMessages.text(query, "PURCHASE_ORDER"))) {
            if (customer.equals(order.path("SoldToParty").asText()) && salesOrg.equals(order.path("SalesOrganization").asText())) {
                Element row = SoapMessages.append(orders, null, "item", null);
                SoapMessages.append(row, null, "SD_DOC", order.path("SalesOrder").asText());
                SoapMessages.append(row, null, "PURCH_NO", order.path("PurchaseOrderByCustomer").asText());
                SoapMessages.append(row, null, "DOC_STATUS", "open");
            }
        }
        return SOAP.write(response);
    }

    private static String refused(Message error) {
        Element response = SOAP.newAnswer(RFC_NS, "BAPI_SALESORDER_CREATEFROMDAT2Response");
        SoapMessages.append(response, null, "SALESDOCUMENT", "");
        returnTable(response, error, new Message("E", "V4", "219", "Sales document was not changed"));
        return SOAP.write(response);
    }

    private static void returnTable(Element response, Message... messages) {
        Element table = SoapMessages.append(response, null, "RETURN", null);
        for (Message message : messages) {
            message(SoapMessages.append(table, null, "item", null), message);
        }
    }

    private static void message(Element target, Message message) {
        SoapMessages.append(target, null, "TYPE", message.type());
        SoapMessages.append(target, null, "ID", message.id());
        SoapMessages.append(target, null, "NUMBER", message.number());
        SoapMessages.append(target, null, "MESSAGE", message.text());
    }

    /** The rows ({@code <item>}) of a table parameter. */
    private static List<Element> rows(Element function, String table) {
        List<Element> tables = SoapMessages.children(function, table);
        return tables.isEmpty() ? List.of() : SoapMessages.children(tables.get(0), "item");
    }

    /**
     * The request as the journal shows it: one JSON field per parameter and structure field, named as the BAPI
     * names it in lowercase without underscores (ORDER_HEADER_IN-PURCH_NO_C: orderheaderin.purchnoc), table
     * parameters as {"item": [rows]}.
     */
    static JsonNode journalPayload(Element element) {
        List<Element> children = SoapMessages.children(element, null);
        if (children.isEmpty()) {
            return SimulatorHttpServer.JSON.getNodeFactory().textNode(element.getTextContent().trim());
        }
        ObjectNode node = SimulatorHttpServer.JSON.createObjectNode();
        for (Element child : children) {
            String name = child.getLocalName().replace("_", "").toLowerCase(Locale.ROOT);
            if ("item".equals(name)) {
                ArrayNode rows = node.has("item") ? (ArrayNode) node.get("item") : node.putArray("item");
                rows.add(journalPayload(child));
            } else {
                node.set(name, journalPayload(child));
            }
        }
        return node;
    }
}
