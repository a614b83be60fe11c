package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.simulators.his.HisMode;
import io.contracthub.simulators.his.HisSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A HIS check that uses up its attempts (hub.people.his.max-attempts, 10 in the tests) takes the one dead-letter path:
 * DEAD, a dead letter of origin HIS_CHECK in GET /api/dead-letters, and replaying that runs the check again, once.
 */
class HisCheckDeadLetterTest extends HubIntegrationTest {

    private static final String LICENCE = "沪浦食药监械经营许20220071号";

    private HisSimulator his;

    @BeforeEach
    void simulator() {
        his = PeopleSimulatorsForTests.his();
    }

    @AfterEach
    void hisBackToNormal() {
        his.mode(HisMode.UP);
    }

    @Test
    void aCheckTheHisNeverAnswersIsDeadLetteredAndReplayingItAfterTheHisIsBackVerifiesItOnce() {
        String id = medicalContract();
        his.mode(HisMode.OUTAGE);
        String checkId = json(apiPost("/api/contracts/" + id + "/qualification", form())).path("checkId").asText();

        JsonNode deadLetter = await().atMost(Duration.ofSeconds(60)).until(() -> deadLetterFor(checkId), d -> d != null);
        assertThat(deadLetter.path("origin").asText()).isEqualTo("HIS_CHECK");
        assertThat(deadLetter.path("destination").asText()).isEqualTo("his");
        assertThat(deadLetter.path("contractId").asText()).isEqualTo(id);
        assertThat(deadLetter.path("reason").asText()).contains("gave up after 10 attempts");
        assertThat(deadLetter.path("payload").asText()).contains(LICENCE);
        assertThat(check(id).path("status").asText()).isEqualTo("DEAD");
        assertThat(check(id).path("attempts").asInt()).isEqualTo(10);

        his.mode(HisMode.UP);
        assertThat(apiPost("/api/dead-letters/" + deadLetter.path("id").asLong() + "/replay", "").statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).until(() -> check(id).path("status").asText(), "VERIFIED"::equals);
        JsonNode facet = QualificationCheckTest.facet(json(apiGet("/api/contracts/" + id)), "QUALIFICATION");
        assertThat(facet.path("status").asText()).isEqualTo("CLOSED");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> his.journal().stream()
                .filter(c -> c.requestId().equals(checkId) && "VALID".equals(c.answered())).count() == 1);
    }

    private JsonNode check(String contractId) {
        return json(apiGet("/api/contracts/" + contractId + "/qualification/checks")).get(0);
    }

    private JsonNode deadLetterFor(String checkId) {
        for (JsonNode item : json(apiGet("/api/dead-letters?size=200")).path("items")) {
            if ("HIS_CHECK".equals(item.path("origin").asText()) && checkId.equals(item.path("reference").asText())) {
                return item;
            }
        }
        return null;
    }

    private String medicalContract() {
        String number = uniqueNumber();
        assertThat(postCrm(CrmEvents.event("crm-evt-" + number, java.time.Instant.now(), number, "SIGNED", "MEDICAL"))
                .statusCode()).isEqualTo(202);
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");
        return id;
    }

    private static String form() {
        return """
                {"companyName":"华东医疗器械有限公司","creditCode":"91310000MA1FL8XQ37","licenceNumber":"%s",
                 "validUntil":"%s","submittedBy":"u1001"}""".formatted(LICENCE, LocalDate.now().plusYears(2));
    }
}
