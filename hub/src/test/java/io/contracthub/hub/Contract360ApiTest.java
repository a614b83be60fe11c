package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contracthub.simulators.crm.CrmSimulator;
import io.contracthub.simulators.erp.SimulatedDelivery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * GET /api/contracts/{id}/360 against the simulators: a Kingdee contract delivered by the hub shows Kingdee's order,
 * invoice and sales outbound with its waybill, and Kuaidi100's track of that waybill; a U8 contract its order, invoice
 * and dispatch list; an SAP contract its order, billing document and outbound delivery; esign answers (no flow for
 * this segment); the CRM's stage comes from the CRM simulator's read API.
 */
class Contract360ApiTest extends ErpDeliveryTest {

    @Autowired
    WebApplicationContext context;

    private CrmSimulator crm;

    @BeforeAll
    void crmSimulator() {
        crm = CrmSimulatorForTests.simulator(port, CRM_SECRET);
    }

    @Test
    void aDeliveredKingdeeContractShowsOrderInvoiceDeliveryNoteAndTheWaybillsTrack() {
        String id = deliveredKingdeeContract();
        List<String> references = references(id);
        SimulatedDelivery shipped = kingdee.shipping().of(references.get(0)).get(0);

        JsonNode view = json(apiGet("/api/contracts/" + id + "/360"));

        assertThat(view.path("contractId").asText()).isEqualTo(id);
        assertThat(view.path("sources")).extracting(source -> source.path("source").asText())
                .containsExactly("erp", "logistics", "esign", "crm");
        JsonNode erp = source(view, "erp");
        assertThat(erp.path("status").asText()).isEqualTo("ok");
        assertThat(erp.path("cached").asBoolean()).isFalse();
        assertThat(erp.has("message")).isFalse();
        assertThat(erp.at("/data/system").asText()).isEqualTo("kingdee");
        assertThat(erp.at("/data/companyCode").asText()).isEqualTo("SH01");
        assertThat(erp.at("/data/salesOrder/number").asText()).isEqualTo(references.get(0));
        assertThat(erp.at("/data/salesOrder/status").asText()).isEqualTo("audited");
        assertThat(erp.at("/data/invoice/number").asText()).isEqualTo(references.get(1));
        assertThat(erp.at("/data/invoice/status").asText()).isEqualTo("audited");
        assertThat(erp.at("/data/deliveries/0/number").asText()).isEqualTo(shipped.number());
        assertThat(erp.at("/data/deliveries/0/carrierCode").asText()).isEqualTo("shunfeng");
        assertThat(erp.at("/data/deliveries/0/waybillNumber").asText()).isEqualTo(shipped.waybillNumber());
        JsonNode logistics = source(view, "logistics");
        assertThat(logistics.path("status").asText()).isEqualTo("ok");
        assertThat(logistics.at("/data/waybills/0/waybillNumber").asText()).isEqualTo(shipped.waybillNumber());
        assertThat(logistics.at("/data/waybills/0/deliveryNumber").asText()).isEqualTo(shipped.number());
        assertThat(logistics.at("/data/waybills/0/stateDescription").asText()).isEqualTo("in transit");
        assertThat(logistics.at("/data/waybills/0/events")).hasSize(3);
        assertThat(logistics.at("/data/waybills/0/events/2/context").asText()).contains("揽收");
        JsonNode esign = source(view, "esign");
        assertThat(esign.path("status").asText()).isEqualTo("ok");
        assertThat(esign.at("/data/status").asText()).isEqualTo("no sign flow started for this contract");
        JsonNode crm = source(view, "crm");
        assertThat(crm.path("status").asText()).isEqualTo("ok");
        assertThat(crm.at("/data/stage").asText()).isEqualTo("SIGNED");
    }

    @Test
    void aDeliveredU8ContractShowsOrderInvoiceAndDispatchListWithTheWaybillsTrack() {
        String id = effectiveContract(U8_REGION);
        awaitErpEntries(id, 2, Duration.ofSeconds(45));
        List<String> references = references(id);
        SimulatedDelivery shipped = u8.shipping().of(references.get(0)).get(0);

        JsonNode erp = source(json(apiGet("/api/contracts/" + id + "/360")), "erp");

        assertThat(erp.path("status").asText()).as(erp.toString()).isEqualTo("ok");
        assertThat(erp.at("/data/system").asText()).isEqualTo("u8");
        assertThat(erp.at("/data/companyCode").asText()).isEqualTo("BJ01");
        assertThat(erp.at("/data/salesOrder/number").asText()).isEqualTo(references.get(0));
        assertThat(erp.at("/data/salesOrder/found").asBoolean()).isTrue();
        assertThat(erp.at("/data/salesOrder/status").asText()).isEqualTo("open");
        assertThat(erp.at("/data/invoice/number").asText()).isEqualTo(references.get(1));
        assertThat(erp.at("/data/invoice/found").asBoolean()).isTrue();
        assertThat(erp.at("/data/deliveries")).hasSize(1);
        assertThat(erp.at("/data/deliveries/0/number").asText()).isEqualTo(shipped.number()).startsWith("FHD");
        assertThat(erp.at("/data/deliveries/0/status").asText()).isEqualTo("audited");
        assertThat(erp.at("/data/deliveries/0/carrierCode").asText()).isEqualTo("shunfeng");
        assertThat(erp.at("/data/deliveries/0/waybillNumber").asText()).isEqualTo(shipped.waybillNumber());
    }

    @Test
    void aDeliveredSapContractShowsOrderBillingDocumentAndOutboundDeliveryWithTheWaybillsTrack() {
        String id = effectiveContract(SAP_REGION);
        awaitErpEntries(id, 2, Duration.ofSeconds(45));
        String orderReference = references(id).get(2);
        String salesOrder = sap.journal().withReference(orderReference).stream()
                .filter(document -> document.type().equals("A_SalesOrder")).findFirst().orElseThrow().number();
        String billingDocument = sap.journal().withReference(orderReference).stream()
                .filter(document -> document.type().equals("A_BillingDocument")).findFirst().orElseThrow().number();
        SimulatedDelivery shipped = sap.shipping().of(salesOrder).get(0);

        JsonNode view = json(apiGet("/api/contracts/" + id + "/360"));

        JsonNode erp = source(view, "erp");
        assertThat(erp.path("status").asText()).as(erp.toString()).isEqualTo("ok");
        assertThat(erp.at("/data/system").asText()).isEqualTo("sap");
        assertThat(erp.at("/data/companyCode").asText()).isEqualTo("GZ01");
        assertThat(erp.at("/data/salesOrder/number").asText()).isEqualTo(salesOrder);
        assertThat(erp.at("/data/salesOrder/status").asText()).isEqualTo("process status open");
        assertThat(erp.at("/data/invoice/number").asText()).isEqualTo(billingDocument);
        assertThat(erp.at("/data/invoice/status").asText()).isEqualTo("billing status complete");
        assertThat(erp.at("/data/deliveries")).hasSize(1);
        assertThat(erp.at("/data/deliveries/0/number").asText()).isEqualTo(shipped.number());
        assertThat(erp.at("/data/deliveries/0/status").asText()).isEqualTo("goods movement complete");
        assertThat(erp.at("/data/deliveries/0/carrierCode").asText()).isEqualTo("shunfeng");
        assertThat(erp.at("/data/deliveries/0/waybillNumber").asText()).isEqualTo(shipped.waybillNumber());
        JsonNode logistics = source(view, "logistics");
        assertThat(logistics.path("status").asText()).isEqualTo("ok");
        assertThat(logistics.at("/data/waybills/0/waybillNumber").asText()).isEqualTo(shipped.waybillNumber());
        assertThat(logistics.at("/data/waybills/0/deliveryNumber").asText()).isEqualTo(shipped.number());
    }

    @Test
    void aSlowKuaidi100IsMarkedTimedOutAndTheRestStillAnswers() {
        String id = deliveredKingdeeContract();
        Kuaidi100SimulatorForTests.simulator().delay(6_000);
        try {
            JsonNode view = json(apiGet("/api/contracts/" + id + "/360"));

            assertThat(source(view, "logistics").path("status").asText()).isEqualTo("timed_out");
            assertThat(source(view, "logistics").has("data")).isFalse();
            assertThat(source(view, "erp").path("status").asText()).isEqualTo("ok");
            assertThat(source(view, "esign").path("status").asText()).isEqualTo("ok");
        } finally {
            Kuaidi100SimulatorForTests.simulator().delay(0);
        }
    }

    @Test
    void theContractPageShowsThe360Panel() throws Exception {
        String id = deliveredKingdeeContract();
        String waybill = kingdee.shipping().of(references(id).get(0)).get(0).waybillNumber();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        mvc.perform(get("/contracts/" + id).with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("id=\"contract360\"", "id=\"c360-sources\"",
                        "data-source=\"erp\"", "data-status=\"ok\"", "data-source=\"crm\"", "data-status=\"ok\"",
                        "id=\"c360-sales-order\"", "id=\"c360-deliveries\"", waybill, "data-waybill=\"" + waybill + "\"",
                        "id=\"c360-crm\"", "SIGNED")));
    }

    @Test
    void anUnknownContractIsNotFound() {
        HttpResponse<String> response = apiGet("/api/contracts/no-such-contract/360");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("code").asText()).isNotBlank();
    }

    @Test
    void theApiKeyIsRequired() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/contracts/any/360")).GET().build());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    /** A hospital (no qualification needed) in Shanghai, whose company's ERP is Kingdee, signed in the CRM simulator. */
    private String deliveredKingdeeContract() {
        String number = uniqueNumber();
        crm.sendStage(number, "SIGNED", JsonNodeFactory.instance.objectNode().put("segment", "HOSPITAL").put("region", KINGDEE_REGION));
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");
        recordManual(id, "SIGNATURE", "CONFIRMED", "legal.wang");
        recordManual(id, "DOWN_PAYMENT", "CONFIRMED", "finance.zhao");
        recordManual(id, "TECHNICAL_AGREEMENT", "CONFIRMED", "legal.wang");
        awaitErpEntries(id, 2, Duration.ofSeconds(45));
        return id;
    }

    private static JsonNode source(JsonNode view, String name) {
        for (JsonNode source : view.path("sources")) {
            if (name.equals(source.path("source").asText())) {
                return source;
            }
        }
        throw new AssertionError("no source " + name + " in " + view);
    }
}
