package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.contracthub.hub.CrmEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/** Values no real contract has are refused at the door with the field and the rule, before anything is stored. */
class AbsurdValuesTest extends HubIntegrationTest {

    @Test
    void aSignedCrmEventWithAUnitPriceOf1e999Gets400NamingTheLine() {
        String number = uniqueNumber();
        int inboxBefore = count("inbox");

        HttpResponse<String> response = postCrm(event(number, "SIGNED")
                .replace("\"unitPrice\": \"2400000.00\"", "\"unitPrice\": \"1e999\""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("invalid_contract");
        assertThat(violationFields(json(response))).containsExactly("contract.lines[0].unitPrice");
        assertThat(count("inbox")).isEqualTo(inboxBefore);
    }

    @Test
    void aCrmEventWhoseTotalExceeds10ToThe13YuanGets400() {
        HttpResponse<String> response = postCrm(event(uniqueNumber(), "SIGNED")
                .replace("\"quantity\": \"1\"", "\"quantity\": \"1000000\"")
                .replace("\"unitPrice\": \"2400000.00\"", "\"unitPrice\": \"9000000000\""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("invalid_contract");
        assertThat(violationFields(json(response))).containsExactly("contract.lines");
    }

    @Test
    void aCrmEventWithATaxRateOfFiveDecimalsGets400() {
        HttpResponse<String> response = postCrm(event(uniqueNumber(), "SIGNED")
                .replace("\"taxRate\": \"0.13\"", "\"taxRate\": \"0.13001\""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(violationFields(json(response))).containsExactly("contract.lines[0].taxRate");
    }

    @Test
    void aContractNumberWithABidirectionalOverrideGets400() {
        HttpResponse<String> response = postCrm(event("HT-\\u202E" + uniqueNumber().substring(3), "SIGNED"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("invalid_contract");
        assertThat(violationFields(json(response))).containsExactly("contract.number");
    }

    @Test
    void aContractNumberWithMarkupGets400() {
        HttpResponse<String> response = postCrm(event("<script>" + uniqueNumber() + "</script>", "SIGNED"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(violationFields(json(response))).containsExactly("contract.number");
    }

    @Test
    void aContractNumberWithAControlCharacterGets400() {
        HttpResponse<String> response = postCrm(event(uniqueNumber() + "\\u0000", "SIGNED"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(violationFields(json(response))).containsExactly("contract.number");
    }

    @Test
    void aCustomerInAnUnknownRegionGets400NamingTheKnownRegions() {
        int inboxBefore = count("inbox");

        HttpResponse<String> response = postCrm(event(uniqueNumber(), "SIGNED")
                .replace("\"region\": \"Shanghai\"", "\"region\": \"Shangai\""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("invalid_contract");
        assertThat(violationFields(json(response))).containsExactly("contract.customer.region");
        assertThat(json(response).at("/details/violations/0/message").asText()).contains("Beijing, Guangdong, Shanghai");
        assertThat(count("inbox")).isEqualTo(inboxBefore);
    }

    @Test
    void aCustomerWithoutARegionIsAccepted() {
        String number = uniqueNumber();

        HttpResponse<String> response = postCrm(event(number, "SIGNED").replace("\"region\": \"Shanghai\", ", ""));

        assertThat(response.statusCode()).isEqualTo(202);
        awaitContractId(number);
    }

    private static java.util.List<String> violationFields(JsonNode error) {
        return error.path("details").path("violations").findValuesAsText("field");
    }
}
