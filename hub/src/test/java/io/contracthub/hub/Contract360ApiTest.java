package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.simulators.erp.SimulatedDelivery;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * GET /api/contracts/{id}/360 against the simulators: a Kingdee contract delivered by the hub shows Kingdee's order,
 * invoice and sales outbound with its waybill, and Kuaidi100's track of that waybill; esign answers (no flow for this
 * segment); the CRM's read API is not configured in the tests.
 */
class Contract360ApiTest extends ErpDeliveryTest {

    @Autowired
    WebApplicationContext context;

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
        assertThat(crm.path("status").asText()).isEqualTo("not_configured");
        assertThat(crm.path("message").asText()).contains("HUB_CRM_BASE_URL");
        assertThat(crm.has("data")).isFalse();
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
                        "data-source=\"erp\"", "data-status=\"ok\"", "data-source=\"crm\"", "data-status=\"not_configured\"",
                        "id=\"c360-sales-order\"", "id=\"c360-deliveries\"", waybill, "data-waybill=\"" + waybill + "\"")))
                .andExpect(content().string(containsString("未接入")));
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

    private String deliveredKingdeeContract() {
        String id = effectiveContract(KINGDEE_REGION);
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
