package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The contract page's block of signed terms: the signed version, a pending amendment and its differences. */
class ConsoleSignedTermsTest extends ConsoleTest {

    @Test
    void aContractNotSignedYetHasNoSignedTermsBlock() throws Exception {
        String id = awaitContractId(claimedBySales(uniqueNumber(), "Li Lei", "未签客户"));
        page(id).andExpect(content().string(not(containsString("id=\"signed-terms\""))));
    }

    @Test
    void aPendingAmendmentShowsWithItsDifferencesBesideTheSignedVersion() throws Exception {
        String id = effectiveContract();
        String number = json(apiGet("/api/contracts/" + id)).path("contractNumber").asText();
        postCrm(CrmEvents.event("crm-evt-" + UUID.randomUUID(), Instant.now(), number, "SIGNED", "HOSPITAL")
                .replace("\"unitPrice\": \"2400000.00\"", "\"unitPrice\": \"1900000.00\""));
        JsonNode amendments = await().atMost(Duration.ofSeconds(30))
                .until(() -> json(apiGet("/api/contracts/" + id + "/amendments")), a -> a.path("pending").isObject());
        String amendmentId = amendments.path("pending").path("id").asText();

        page(id).andExpect(content().string(stringContainsInOrder("id=\"signed-terms\"", "签署版本",
                "合同变更待确认（" + amendmentId + "）", "id=\"signed-gross\"", "2,712,001.07",
                "id=\"amendment-differences\"", "lines[0].unitPriceExclTax", "2400000", "1900000",
                "data-amendment=\"" + amendmentId + "\"", "待确认")));
    }

    private ResultActions page(String id) throws Exception {
        return mvc.perform(get("/contracts/" + id).with(user("viewer").roles("VIEWER"))).andExpect(status().isOk());
    }
}
