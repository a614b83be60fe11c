package io.contracthub.simulators.sap;

import io.contracthub.simulators.erp.CreatedDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Raw SOAP 1.1 envelopes, written by hand from the simulator's copy of the SOAMANAGER WSDL, against the BAPI service. */
class SapBapiServiceTest {

    private static final String RFC = "urn:sap-com:document:sap:rfc:functions";

    private final SapSimulator sap = new SapSimulator(new SapSimulatorSettings(0, "HUB", "pw", false));

    @BeforeEach
    void start() {
        sap.start();
        sap.masterData().customers(List.of("17100001")).materials(List.of("TG11"));
    }

    @AfterEach
    void stop() {
        sap.stop();
    }

    @Test
    void createsASalesOrderAndAnswersItsNumberWithAnSMessage() throws Exception {
        HttpResponse<String> answer = post(create("17100001", "TG11"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("BAPI_SALESORDER_CREATEFROMDAT2Response").contains("<SALESDOCUMENT>4000001</SALESDOCUMENT>")
                .contains("<TYPE>S</TYPE>").contains("<NUMBER>311</NUMBER>");
        CreatedDocument order = sap.journal().ofType("BAPI_SALESORDER_CREATEFROMDAT2").get(0);
        assertThat(order.reference()).isEqualTo("HUB0000000001");
        assertThat(order.payload().path("orderheaderin").path("salesorg").asText()).isEqualTo("1010");
        assertThat(order.payload().path("orderitemsin").path("item").get(0).path("material").asText()).isEqualTo("TG11");
        assertThat(order.payload().path("orderpartners").path("item").get(0).path("partnnumb").asText()).isEqualTo("17100001");
    }

    @Test
    void refusesAnUnknownCustomerWithReturnRowsOfTypeEAndCreatesNothing() throws Exception {
        HttpResponse<String> answer = post(create("99999999", "TG11"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("<SALESDOCUMENT/>").contains("<TYPE>E</TYPE>").contains("<ID>V1</ID>")
                .contains("<NUMBER>302</NUMBER>").contains("Customer 99999999 has not been created")
                .contains("<NUMBER>219</NUMBER>");
    }

    @Test
    void findsTheOrderByPurchaseOrderNumberAndCreatesASecondOneWhenAskedTwice() throws Exception {
        post(create("17100001", "TG11"));
        post(create("17100001", "TG11"));

        String list = post("<n:BAPI_SALESORDER_GETLIST xmlns:n=\"" + RFC + "\"><CUSTOMER_NUMBER>17100001</CUSTOMER_NUMBER>"
                + "<SALES_ORGANIZATION>1010</SALES_ORGANIZATION><PURCHASE_ORDER>HUB0000000001</PURCHASE_ORDER>"
                + "</n:BAPI_SALESORDER_GETLIST>").body();

        assertThat(list).contains("BAPI_SALESORDER_GETLISTResponse").contains("<SD_DOC>4000001</SD_DOC>")
                .contains("<SD_DOC>4000002</SD_DOC>").contains("<PURCH_NO>HUB0000000001</PURCH_NO>");
    }

    @Test
    void aRequestThatBreaksTheSchemaGetsAClientFault() throws Exception {
        HttpResponse<String> answer = post("<ns:BAPI_SALESORDER_CREATEFROMDAT2 xmlns:ns=\"" + RFC + "\"><ORDER_HEADER_IN>"
                + "<DOC_TYPE>TOOLONG</DOC_TYPE></ORDER_HEADER_IN></ns:BAPI_SALESORDER_CREATEFROMDAT2>");

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).contains("<faultcode>soap:Client</faultcode>").contains("breaks the WSDL's schema");
    }

    private static String create(String soldTo, String material) {
        return "<ns:BAPI_SALESORDER_CREATEFROMDAT2 xmlns:ns=\"" + RFC + "\"><ORDER_HEADER_IN><DOC_TYPE>OR</DOC_TYPE>"
                + "<SALES_ORG>1010</SALES_ORG><DISTR_CHAN>10</DISTR_CHAN><DIVISION>00</DIVISION>"
                + "<PURCH_NO_C>HUB0000000001</PURCH_NO_C><CURRENCY>CNY</CURRENCY></ORDER_HEADER_IN>"
                + "<ORDER_ITEMS_IN><item><ITM_NUMBER>000010</ITM_NUMBER><MATERIAL>" + material + "</MATERIAL>"
                + "<TARGET_QTY>2</TARGET_QTY></item></ORDER_ITEMS_IN>"
                + "<ORDER_PARTNERS><item><PARTN_ROLE>AG</PARTN_ROLE><PARTN_NUMB>" + soldTo + "</PARTN_NUMB></item></ORDER_PARTNERS>"
                + "</ns:BAPI_SALESORDER_CREATEFROMDAT2>";
    }

    @Test
    void publishesItsWsdlFromAStubFile() throws Exception {
        HttpResponse<String> wsdl = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(sap.baseUrl() + SapSimulator.BAPI_SERVICE + "?wsdl")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("<wsdl:service name=\"ZSD_SALESORDER_CREATE_SERVICE\">");
    }

    private HttpResponse<String> post(String bodyContent) throws Exception {
        String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>" + bodyContent
                + "</soap:Body></soap:Envelope>";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sap.baseUrl() + SapSimulator.BAPI_SERVICE))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("HUB:pw".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
