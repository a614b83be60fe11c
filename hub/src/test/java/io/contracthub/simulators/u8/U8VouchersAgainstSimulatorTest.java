package io.contracthub.simulators.u8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.http.JsonHttpClient;
import io.contracthub.connectors.http.VendorError;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.connectors.resilience.ResilienceSettings;
import io.contracthub.connectors.u8.U8Connector;
import io.contracthub.connectors.u8.U8OpenApiClient;
import io.contracthub.connectors.u8.U8Settings;
import io.contracthub.connectors.u8.U8TokenCache;
import io.contracthub.connectors.u8.U8Vouchers;
import io.contracthub.simulators.erp.SimulatedDelivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** U8's reads (vouchers, dispatch lists) through the U8 connector against the simulated U8 OpenAPI. */
class U8VouchersAgainstSimulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORDER = """
            {"saleorder":{"code":"HUBORDER0001","custcode":"0101","sum":1130.00,
              "entry":[{"inventorycode":"0301001","quantity":1,"sum":1000.00},{"inventorycode":"0902001","quantity":2,"sum":130.00}]}}""";
    private static final String INVOICE = """
            {"saleinvoice":{"invoiceno":"HUBINVOICE001","customercode":"0101",
              "entry":[{"inventorycode":"0301001","quantity":1,"sum":1000.00},{"inventorycode":"0902001","quantity":2,"sum":130.00}]}}""";

    private final U8Simulator u8 = new U8Simulator(new U8SimulatorSettings(0, "hub", "acct", "key", "secret",
            Duration.ofHours(2), Duration.ofMillis(50)));

    @BeforeEach
    void start() {
        u8.start();
        u8.masterData().customers(List.of("0101")).materials(List.of("0301001", "0902001"));
    }

    @AfterEach
    void stop() {
        u8.stop();
    }

    @Test
    void findsTheOrderAndTheInvoiceTheHubAddedWithTheirGrossTotals() throws Exception {
        U8Connector connector = connector("acct");
        connector.deliver(ErpOperation.SALES_ORDER, "HUBORDER0001", JSON.readTree(ORDER));
        connector.deliver(ErpOperation.INVOICE, "HUBINVOICE001", JSON.readTree(INVOICE));

        assertThat(connector.vouchers().find(U8Vouchers.SALE_ORDER, "HUBORDER0001"))
                .contains(new U8Vouchers.Voucher("HUBORDER0001", "open", new BigDecimal("1130.00")));
        assertThat(connector.findDocument(ErpOperation.INVOICE, "HUBINVOICE001"))
                .contains(new U8Vouchers.Voucher("HUBINVOICE001", "open", new BigDecimal("1130.00")));
    }

    @Test
    void aVoucherChangedInU8IsReadWithItsNewTotal() throws Exception {
        U8Connector connector = connector("acct");
        connector.deliver(ErpOperation.SALES_ORDER, "HUBORDER0001", JSON.readTree(ORDER));

        u8.editVoucher("saleorder", "HUBORDER0001", voucher -> ((com.fasterxml.jackson.databind.node.ObjectNode)
                voucher.path("entry").get(0)).put("sum", 1000.01));

        assertThat(connector.findDocument(ErpOperation.SALES_ORDER, "HUBORDER0001")).get()
                .extracting(U8Vouchers.Voucher::gross).isEqualTo(new BigDecimal("1130.01"));
    }

    @Test
    void aVoucherNobodyAddedIsNotFound() {
        U8Connector connector = connector("acct");

        assertThat(connector.vouchers().find(U8Vouchers.SALE_ORDER, "HUBNOSUCHORDER")).isEmpty();
        assertThat(connector.findDocument(ErpOperation.INVOICE, "HUBNOSUCHINVOICE")).isEmpty();
    }

    @Test
    void theDispatchListsOfAnOrderCarryTheWarehousesCarrierAndWaybill() throws Exception {
        U8Connector connector = connector("acct");
        connector.deliver(ErpOperation.SALES_ORDER, "HUBORDER0001", JSON.readTree(ORDER));
        SimulatedDelivery first = u8.shipping().of("HUBORDER0001").get(0);
        SimulatedDelivery second = u8.shipping().ship("HUBORDER0001");

        assertThat(connector.vouchers().dispatchesOf("HUBORDER0001")).containsExactly(
                new U8Vouchers.Dispatch(first.number(), "audited", "shunfeng", first.waybillNumber()),
                new U8Vouchers.Dispatch(second.number(), "audited", "shunfeng", second.waybillNumber()));
        assertThat(first.number()).startsWith("FHD");
        assertThat(connector.vouchers().dispatchesOf("HUBOTHERORDER")).isEmpty();
    }

    @Test
    void aReadWithAnExpiredTokenFetchesOneNewTokenAndAnswers() throws Exception {
        U8Connector connector = connector("acct");
        connector.deliver(ErpOperation.SALES_ORDER, "HUBORDER0001", JSON.readTree(ORDER));
        u8.expireTokens();

        assertThat(connector.vouchers().find(U8Vouchers.SALE_ORDER, "HUBORDER0001")).isPresent();
        assertThat(u8.tokenFetches()).isEqualTo(2);
    }

    @Test
    void aReadForAnEnterpriseU8DoesNotKnowIsRefusedWithU8sCode() {
        U8Connector connector = connector("another-enterprise");

        assertThatThrownBy(() -> connector.vouchers().find(U8Vouchers.SALE_ORDER, "HUBORDER0001"))
                .isInstanceOfSatisfying(ConnectorRejectedException.class,
                        e -> assertThat(e.vendorCode()).isEqualTo(U8Simulator.BUSINESS_ERROR));
    }

    private U8Connector connector(String toAccount) {
        U8Settings settings = new U8Settings("hub", toAccount, "key", "secret", null, Duration.ofMinutes(5),
                Duration.ofMillis(60), 20, List.of(U8Simulator.TOKEN_INVALID));
        HttpEndpoint endpoint = new HttpEndpoint("u8", URI.create(u8.baseUrl()), Duration.ofSeconds(1), Duration.ofSeconds(2));
        JsonHttpClient client = new JsonHttpClient(endpoint, JSON, (method, path, body) -> Map.of("Content-Type", "application/json"),
                VendorError.fields("errcode", "errmsg"));
        U8OpenApiClient api = new U8OpenApiClient(settings, client, new U8TokenCache(settings, client, Clock.systemUTC()),
                endpoint.baseUrl());
        return new U8Connector(api, new ConnectorResilience("u8", new ResilienceSettings(Duration.ofSeconds(5), 95, 50, 50, Duration.ofMillis(500), 4, Duration.ofSeconds(1))));
    }
}
