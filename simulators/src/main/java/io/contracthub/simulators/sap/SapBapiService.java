package io.contracthub.simulators.sap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.connectors.sap.SapSoapConnector;
import io.contracthub.connectors.sap.generated.BAPIORDERS;
import io.contracthub.connectors.sap.generated.BAPIRET2;
import io.contracthub.connectors.sap.generated.BAPISALESORDERCREATEFROMDAT2;
import io.contracthub.connectors.sap.generated.BAPISALESORDERCREATEFROMDAT2Response;
import io.contracthub.connectors.sap.generated.BAPISALESORDERGETLIST;
import io.contracthub.connectors.sap.generated.BAPISALESORDERGETLISTResponse;
import io.contracthub.connectors.sap.generated.BAPISDITM;
import io.contracthub.connectors.sap.generated.ObjectFactory;
import io.contracthub.connectors.sap.generated.TABLEOFBAPIORDERS;
import io.contracthub.connectors.sap.generated.TABLEOFBAPIRET2;
import io.contracthub.simulators.erp.MasterData;
import io.contracthub.simulators.erp.SimulatorHttpServer;
import io.contracthub.simulators.erp.SimulatorHttpServer.Response;
import io.contracthub.simulators.soap.SoapContractException;
import io.contracthub.simulators.soap.SoapMessages;

import java.util.List;

/**
 * BAPI_SALESORDER_CREATEFROMDAT2 and BAPI_SALESORDER_GETLIST as SOAMANAGER exposes them (connectors'
 * wsdl/sap-salesorder-bapi.wsdl): requests validated against the WSDL's schema (soap:Client fault, HTTP 500,
 * otherwise); business errors as RETURN rows of type E with SAP's message class and number, HTTP 200, nothing
 * created; no duplicate check (a second create with the same PURCH_NO_C makes a second order, as in SAP).
 */
final class SapBapiService {

    private static final SoapMessages SOAP = SoapMessages.forWsdl(SapSoapConnector.WSDL, ObjectFactory.class);

    private final SapSimulator sap;

    SapBapiService(SapSimulator sap) {
        this.sap = sap;
    }

    Response handle(byte[] envelope) {
        Object request;
        try {
            request = SOAP.readBody(envelope);
        } catch (SoapContractException e) {
            return Response.xml(500, SoapMessages.fault("Client", "request breaks the contract: " + e.getMessage()));
        }
        if (request instanceof BAPISALESORDERCREATEFROMDAT2 create) {
            return Response.xml(200, SOAP.envelope(create(create)));
        }
        if (request instanceof BAPISALESORDERGETLIST query) {
            return Response.xml(200, SOAP.envelope(getList(query)));
        }
        return Response.xml(500, SoapMessages.fault("Client", "no operation for " + request.getClass().getSimpleName()));
    }

    private BAPISALESORDERCREATEFROMDAT2Response create(BAPISALESORDERCREATEFROMDAT2 order) {
        MasterData masterData = sap.masterData();
        String salesOrg = order.getORDERHEADERIN().getSALESORG();
        String soldTo = order.getORDERPARTNERS().getItem().stream().filter(partner -> "AG".equals(partner.getPARTNROLE()))
                .map(partner -> partner.getPARTNNUMB()).findFirst().orElse(null);
        if (!masterData.knowsCustomer(soldTo)) {
            return refused(message("E", "V1", "302", "Customer " + soldTo + " has not been created for sales organization "
                    + salesOrg + " distribution channel " + order.getORDERHEADERIN().getDISTRCHAN()));
        }
        List<BAPISDITM> items = order.getORDERITEMSIN().getItem();
        if (items.isEmpty()) {
            return refused(message("E", "V1", "412", "Sales document contains no items"));
        }
        for (BAPISDITM item : items) {
            if (!masterData.knowsMaterial(item.getMATERIAL())) {
                return refused(message("E", "V1", "392", "Material " + item.getMATERIAL() + " is not defined for sales org." + salesOrg));
            }
        }
        ObjectNode entity = SimulatorHttpServer.JSON.createObjectNode()
                .put("SalesOrderType", order.getORDERHEADERIN().getDOCTYPE())
                .put("SalesOrganization", salesOrg)
                .put("SoldToParty", soldTo)
                .put("PurchaseOrderByCustomer", order.getORDERHEADERIN().getPURCHNOC());
        String number = sap.recordOrder(entity, "BAPI_SALESORDER_CREATEFROMDAT2", SimulatorHttpServer.JSON.valueToTree(order));
        BAPISALESORDERCREATEFROMDAT2Response response = new BAPISALESORDERCREATEFROMDAT2Response();
        response.setSALESDOCUMENT(number);
        response.setRETURN(table(message("S", "V1", "311", "Standard Order " + number + " has been saved")));
        return response;
    }

    private BAPISALESORDERGETLISTResponse getList(BAPISALESORDERGETLIST query) {
        TABLEOFBAPIORDERS orders = new TABLEOFBAPIORDERS();
        for (ObjectNode order : sap.ordersWithReference(query.getPURCHASEORDER())) {
            if (query.getCUSTOMERNUMBER().equals(order.path("SoldToParty").asText())
                    && query.getSALESORGANIZATION().equals(order.path("SalesOrganization").asText())) {
                BAPIORDERS row = new BAPIORDERS();
                row.setSDDOC(order.path("SalesOrder").asText());
                row.setPURCHNO(order.path("PurchaseOrderByCustomer").asText());
                row.setDOCSTATUS("open");
                orders.getItem().add(row);
            }
        }
        BAPISALESORDERGETLISTResponse response = new BAPISALESORDERGETLISTResponse();
        response.setSALESORDERS(orders);
        response.setRETURN(message("", "", "", ""));
        return response;
    }

    private static BAPISALESORDERCREATEFROMDAT2Response refused(BAPIRET2 error) {
        BAPISALESORDERCREATEFROMDAT2Response response = new BAPISALESORDERCREATEFROMDAT2Response();
        response.setSALESDOCUMENT("");
        response.setRETURN(table(error, message("E", "V4", "219", "Sales document was not changed")));
        return response;
    }

    private static TABLEOFBAPIRET2 table(BAPIRET2... messages) {
        TABLEOFBAPIRET2 table = new TABLEOFBAPIRET2();
        table.getItem().addAll(List.of(messages));
        return table;
    }

    private static BAPIRET2 message(String type, String id, String number, String text) {
        BAPIRET2 message = new BAPIRET2();
        message.setTYPE(type);
        message.setID(id);
        message.setNUMBER(number);
        message.setMESSAGE(text);
        return message;
    }
}
