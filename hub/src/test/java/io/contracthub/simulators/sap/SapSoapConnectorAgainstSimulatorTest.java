package io.contracthub.simulators.sap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.erp.ErpDocument;
import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.connectors.http.ConnectorAuthenticationException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.connectors.resilience.ResilienceSettings;
import io.contracthub.connectors.sap.SapBillingDocuments;
import io.contracthub.connectors.sap.SapODataClient;
import io.contracthub.connectors.sap.SapSettings;
import io.contracthub.connectors.sap.SapSoapConnector;
import io.contracthub.connectors.sap.generated.BAPISALESORDERCREATEFROMDAT2;
import io.contracthub.connectors.sap.generated.ObjectFactory;
import io.contracthub.connectors.sap.generated.ZSDSALESORDERCREATE;
import io.contracthub.connectors.soap.JsonToJaxb;
import io.contracthub.connectors.soap.SoapClient;
import io.contracthub.simulators.erp.CreatedDocument;
import io.contracthub.simulators.erp.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.xml.namespace.QName;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SAP SOAP connector (BAPI via SOAMANAGER) against the simulated SAP: exactly once, SAP's "no", faults. */
class SapSoapConnectorAgainstSimulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORDER = """
            {"ORDER_HEADER_IN":{"DOC_TYPE":"OR","SALES_ORG":"1010","DISTR_CHAN":"10","DIVISION":"00",
                                "PURCH_NO_C":"HUB0000000001","CURRENCY":"CNY"},
             "ORDER_ITEMS_IN":[{"ITM_NUMBER":"000010","MATERIAL":"TG11","TARGET_QTY":"2","SHORT_TEXT":"3T MRI scanner"}],
             "ORDER_PARTNERS":[{"PARTN_ROLE":"AG","PARTN_NUMB":"17100001"}]}""";

    /**
     * Generous: no test here waits for a time-out (a lost answer closes the connection at once), and a busy machine's
     * first SOAP call (CXF and the simulator's schema validation warming up) once took longer than 700 ms.
     */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private final SapSimulator sap = new SapSimulator(new SapSimulatorSettings(0, "HUB", "pw", true));

    @BeforeEach
    void start() {
        sap.start();
        sap.masterData().customers(List.of("17100001")).materials(List.of("TG11"));
        sap.faults().slowDelay(Duration.ofMillis(900));
    }

    @AfterEach
    void stop() {
        sap.stop();
    }

    @Test
    void createsTheOrderOnceAndFindsItByPurchNoOnTheNextAttempt() throws Exception {
        SapSoapConnector connector = connector("pw");

        ErpDocument created = connector.deliver(ErpOperation.SALES_ORDER, "HUB0000000001", JSON.readTree(ORDER));
        ErpDocument again = connector.deliver(ErpOperation.SALES_ORDER, "HUB0000000001", JSON.readTree(ORDER));

        assertThat(created.number()).isEqualTo("4000001");
        assertThat(created.createdNow()).isTrue();
        assertThat(again.number()).isEqualTo("4000001");
        assertThat(again.createdNow()).isFalse();
        assertThat(sap.journal().ofType("BAPI_SALESORDER_CREATEFROMDAT2")).singleElement()
                .extracting(CreatedDocument::reference).isEqualTo("HUB0000000001");
    }

    @Test
    void theInvoiceIsTheBillingDocumentSapMadeFromTheSoapOrder() throws Exception {
        SapSoapConnector connector = connector("pw");
        connector.deliver(ErpOperation.SALES_ORDER, "HUB0000000001", JSON.readTree(ORDER));

        ErpDocument invoice = connector.deliver(ErpOperation.INVOICE, "HUB0000000002", JSON.readTree(ORDER));

        assertThat(invoice.number()).isEqualTo(sap.journal().ofType("A_BillingDocument").get(0).number());
        assertThat(invoice.status()).isEqualTo("billed from sales order 4000001");
    }

    @Test
    void aReturnMessageOfTypeEIsARejectionWithSapsOwnText() throws Exception {
        JsonNode unknownMaterial = JSON.readTree(ORDER.replace("TG11", "NOPE"));

        assertThatThrownBy(() -> connector("pw").deliver(ErpOperation.SALES_ORDER, "HUB0000000001", unknownMaterial))
                .isInstanceOfSatisfying(ConnectorRejectedException.class, rejected -> {
                    assertThat(rejected.vendorCode()).isEqualTo("V1/392");
                    assertThat(rejected.vendorMessage()).contains("Material NOPE is not defined for sales org.1010")
                            .contains("Sales document was not changed");
                });
        assertThat(sap.journal().all()).isEmpty();
    }

    @Test
    void aServerErrorReachesTheCallerAndTheNextDeliveryCreatesTheOrderOnce() throws Exception {
        sap.faults().failNext(Fault.SERVER_ERROR);

        assertThatThrownBy(() -> connector("pw").deliver(ErpOperation.SALES_ORDER, "HUB0000000001", JSON.readTree(ORDER)))
                .as("not retried in the call: the delivery route retries it").isInstanceOf(ConnectorUnavailableException.class);
        ErpDocument created = connector("pw").deliver(ErpOperation.SALES_ORDER, "HUB0000000001", JSON.readTree(ORDER));

        assertThat(created.number()).isEqualTo("4000001");
        assertThat(sap.journal().ofType("BAPI_SALESORDER_CREATEFROMDAT2")).hasSize(1);
    }

    @Test
    void aLostAnswerAfterTheCreateIsFoundInsteadOfCreatedTwice() throws Exception {
        // the lookup is answered, the create is processed but its answer never arrives
        sap.faults().failNext(Fault.NONE, Fault.LOSE_RESPONSE);

        ErpDocument created = connector("pw").deliver(ErpOperation.SALES_ORDER, "HUB0000000001", JSON.readTree(ORDER));

        assertThat(created.number()).isEqualTo("4000001");
        assertThat(sap.journal().ofType("BAPI_SALESORDER_CREATEFROMDAT2")).hasSize(1);
    }

    @Test
    void aWrongPasswordIsRefusedLikeTheODataSide() {
        assertThatThrownBy(() -> connector("wrong").deliver(ErpOperation.SALES_ORDER, "HUB0000000001", JSON.readTree(ORDER)))
                .isInstanceOf(ConnectorAuthenticationException.class);
    }

    @Test
    void keepsNoDuplicateProtectionOfItsOwn() throws Exception {
        SoapClient<ZSDSALESORDERCREATE> soap = soapClient("pw");
        BAPISALESORDERCREATEFROMDAT2 order = new JsonToJaxb(ObjectFactory.class).bind(JSON.readTree(ORDER),
                new QName(SapSoapConnector.NAMESPACE, "BAPI_SALESORDER_CREATEFROMDAT2"), BAPISALESORDERCREATEFROMDAT2.class);

        soap.call("create", port -> port.bapiSALESORDERCREATEFROMDAT2(order));
        soap.call("create", port -> port.bapiSALESORDERCREATEFROMDAT2(order));

        assertThat(sap.journal().withReference("HUB0000000001")).extracting(CreatedDocument::type)
                .containsExactly("BAPI_SALESORDER_CREATEFROMDAT2", "A_BillingDocument", "BAPI_SALESORDER_CREATEFROMDAT2", "A_BillingDocument");
    }

    private SapSoapConnector connector(String password) {
        SapSettings settings = new SapSettings("HUB", password, SapSimulator.SALES_ORDER_SERVICE, SapSimulator.BILLING_SERVICE,
                "SalesDocument", Duration.ofMillis(300));
        HttpEndpoint odata = new HttpEndpoint("sap", URI.create(sap.baseUrl()), CONNECT_TIMEOUT, REQUEST_TIMEOUT);
        return new SapSoapConnector(settings, soapClient(password),
                new SapBillingDocuments(settings, new SapODataClient(odata, JSON, settings)),
                new ConnectorResilience("sap", new ResilienceSettings(Duration.ofSeconds(60), 95, 50, 50,
                        Duration.ofMillis(500), 4, Duration.ofSeconds(1))));
    }

    private SoapClient<ZSDSALESORDERCREATE> soapClient(String password) {
        return SoapClient.create(new HttpEndpoint("sap", URI.create(sap.baseUrl() + SapSimulator.BAPI_SERVICE),
                        CONNECT_TIMEOUT, REQUEST_TIMEOUT), ZSDSALESORDERCREATE.class, SapSoapConnector.WSDL,
                SapSoapConnector.SERVICE, new SoapClient.BasicCredentials("HUB", password));
    }
}
