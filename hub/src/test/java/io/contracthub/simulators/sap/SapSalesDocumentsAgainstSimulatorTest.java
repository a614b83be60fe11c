package io.contracthub.simulators.sap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.connectors.resilience.ResilienceSettings;
import io.contracthub.connectors.sap.SapConnector;
import io.contracthub.connectors.sap.SapODataClient;
import io.contracthub.connectors.sap.SapSalesDocuments;
import io.contracthub.connectors.sap.SapSettings;
import io.contracthub.simulators.erp.SimulatedDelivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SAP's reads (order, billing document, outbound deliveries) through the OData connector against the simulated SAP. */
class SapSalesDocumentsAgainstSimulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORDER = """
            {"SalesOrderType":"OR","SalesOrganization":"1010","DistributionChannel":"10","OrganizationDivision":"00",
             "SoldToParty":"17100001","PurchaseOrderByCustomer":"HUBORDERREF01","TransactionCurrency":"CNY",
             "to_Item":[
               {"SalesOrderItem":"10","Material":"TG11","RequestedQuantity":"1",
                "to_PricingElement":[{"ConditionType":"PR00","ConditionRateValue":"2400000.0","ConditionCurrency":"CNY"}]},
               {"SalesOrderItem":"20","Material":"SRV_01","RequestedQuantity":"3",
                "to_PricingElement":[{"ConditionType":"PR00","ConditionRateValue":"0.335","ConditionCurrency":"CNY"}]}]}""";
    private static final String PRICE_CHANGE = """
            {"PurchaseOrderByCustomer":"HUBORDERREF01","items":[{"SalesOrderItem":"10","item":{"RequestedQuantity":"1"},
              "price":{"PricingProcedureStep":"10","PricingProcedureCounter":"1",
                       "values":{"ConditionRateValue":"2300000.0","ConditionCurrency":"CNY"}}}]}""";

    private SapSimulator sap;

    @AfterEach
    void stop() {
        sap.stop();
    }

    @Test
    void aDeliveredOrderIsReadWithItsNetTotalItsBillingDocumentAndItsOutboundDelivery() throws Exception {
        SapConnector connector = connectorTo(simulator(true));
        String salesOrder = connector.deliver(ErpOperation.SALES_ORDER, "HUBORDERREF01", JSON.readTree(ORDER)).number();
        SimulatedDelivery shipped = sap.shipping().of(salesOrder).get(0);
        SapSalesDocuments documents = connector.reads().documents();

        assertThat(documents.salesOrder("HUBORDERREF01"))
                .contains(new SapSalesDocuments.Document(salesOrder, "process status open", new BigDecimal("2400001.01")));
        assertThat(documents.billingDocumentOf(salesOrder)).get()
                .satisfies(billing -> assertThat(billing.status()).isEqualTo("billing status complete"))
                .extracting(SapSalesDocuments.Document::net).isEqualTo(new BigDecimal("2400001.01"));
        assertThat(documents.deliveriesOf(salesOrder)).containsExactly(new SapSalesDocuments.Delivery(shipped.number(),
                "goods movement complete", "shunfeng", shipped.waybillNumber()));
    }

    @Test
    void anInvoicingTasksDocumentIsTheBillingDocumentOfTheOrder() throws Exception {
        SapConnector connector = connectorTo(simulator(true));
        String salesOrder = connector.deliver(ErpOperation.SALES_ORDER, "HUBORDERREF01", JSON.readTree(ORDER)).number();
        String billed = connector.deliver(ErpOperation.INVOICE, "HUBINVOICEREF1", JSON.readTree(ORDER)).number();

        assertThat(connector.reads().find(ErpOperation.INVOICE, "HUBORDERREF01")).get()
                .extracting(SapSalesDocuments.Document::number).isEqualTo(billed);
        assertThat(connector.reads().find(ErpOperation.SALES_ORDER, "HUBORDERREF01")).get()
                .extracting(SapSalesDocuments.Document::number).isEqualTo(salesOrder);
    }

    @Test
    void anAmendedPriceIsTheOrdersNewNetTotal() throws Exception {
        SapConnector connector = connectorTo(simulator(true));
        connector.deliver(ErpOperation.SALES_ORDER, "HUBORDERREF01", JSON.readTree(ORDER));

        connector.deliver(ErpOperation.SALES_ORDER_CHANGE, "HUBORDERREF01", JSON.readTree(PRICE_CHANGE));

        assertThat(connector.reads().documents().salesOrder("HUBORDERREF01")).get()
                .extracting(SapSalesDocuments.Document::net).isEqualTo(new BigDecimal("2300001.01"));
    }

    @Test
    void nothingIsFoundForAnUnknownReferenceAnUnbilledOrderOrAnUnshippedOne() throws Exception {
        SapConnector connector = connectorTo(simulator(false));
        sap.shipping().shipsAtOnce(false);
        String salesOrder = connector.deliver(ErpOperation.SALES_ORDER, "HUBORDERREF01", JSON.readTree(ORDER)).number();
        SapSalesDocuments documents = connector.reads().documents();

        assertThat(documents.salesOrder("HUBNOSUCHREF")).isEmpty();
        assertThat(documents.billingDocumentOf(salesOrder)).isEmpty();
        assertThat(documents.deliveriesOf(salesOrder)).isEmpty();
        assertThat(connector.reads().find(ErpOperation.INVOICE, "HUBORDERREF01")).isEmpty();
    }

    @Test
    void aKeyThatIsNotSapsIsRefusedBeforeAnyRequest() {
        SapConnector connector = connectorTo(simulator(true));

        assertThatThrownBy(() -> connector.reads().documents().salesOrder("HUB' or 1 eq 1 or 'x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(sap.journal().all()).isEmpty();
    }

    private SapSimulator simulator(boolean billOrdersImmediately) {
        sap = new SapSimulator(new SapSimulatorSettings(0, "HUB", "pw", billOrdersImmediately));
        sap.start();
        sap.masterData().customers(List.of("17100001")).materials(List.of("TG11", "SRV_01"));
        return sap;
    }

    private SapConnector connectorTo(SapSimulator simulator) {
        SapSettings settings = new SapSettings("HUB", "pw", SapSimulator.SALES_ORDER_SERVICE, SapSimulator.BILLING_SERVICE,
                "SalesDocument", SapSimulator.OUTBOUND_DELIVERY_SERVICE, Duration.ofMillis(300));
        HttpEndpoint odata = new HttpEndpoint("sap", URI.create(simulator.baseUrl()), Duration.ofSeconds(1), Duration.ofSeconds(2));
        return new SapConnector(settings, new SapODataClient(odata, JSON, settings),
                new ConnectorResilience("sap", new ResilienceSettings(Duration.ofSeconds(5),
                        95, 50, 50, Duration.ofMillis(500), 4, Duration.ofSeconds(1))));
    }
}
