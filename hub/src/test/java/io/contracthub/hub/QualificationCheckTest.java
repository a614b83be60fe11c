package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.his.HisQualificationClient;
import io.contracthub.simulators.his.HisMode;
import io.contracthub.simulators.his.HisSimulator;
import io.contracthub.simulators.his.HisSimulatorSettings;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A medical customer's qualification: fast checks on the request, the HIS check behind it, the rep told the result. */
class QualificationCheckTest extends HubIntegrationTest {

    private static final String LICENCE = "沪浦食药监械经营许20220001号";

    @Autowired
    HisQualificationClient hisClient;

    private HisSimulator his;

    @org.junit.jupiter.api.BeforeEach
    void simulator() {
        his = PeopleSimulatorsForTests.his();
    }

    @AfterEach
    void hisBackToNormal() {
        his.mode(HisMode.UP);
        his.latency(PeopleSimulatorsForTests.TEST_HIS_LATENCY);
    }

    @Test
    void answersAtOnceWhileTheHisStillHoldsTheRequestThenRecordsTheVerdictAndTellsTheRep() {
        String first = medicalContract();
        String second = medicalContract();
        his.latency(HisSimulatorSettings.TYPICAL_LATENCY);

        HttpResponse<String> accepted = submit(first, form(LICENCE, LocalDate.now().plusYears(3)));
        assertThat(accepted.statusCode()).isEqualTo(202);
        String checkId = json(accepted).path("checkId").asText();
        assertThat(facet(json(accepted).path("contract"), "QUALIFICATION").path("status").asText()).isEqualTo("PENDING");
        await().atMost(Duration.ofSeconds(3)).until(() -> his.journal().stream()
                .anyMatch(c -> c.requestId().equals(checkId) && c.answered() == null) && his.inFlight() > 0);

        HttpResponse<String> whileHisHolds = submit(second, form("浙杭药监械经营备20230002号", LocalDate.now().plusYears(1)));

        // answered while the HIS still holds the first check: the form never waits for the HIS
        assertThat(whileHisHolds.statusCode()).isEqualTo(202);
        assertThat(his.inFlight()).as("the HIS still holds the first check").isPositive();
        assertThat(facet(json(apiGet("/api/contracts/" + first)), "QUALIFICATION").path("status").asText()).isEqualTo("PENDING");

        his.latency(PeopleSimulatorsForTests.TEST_HIS_LATENCY);
        JsonNode verified = await().atMost(Duration.ofSeconds(15)).until(() -> facet(json(apiGet("/api/contracts/" + first)),
                "QUALIFICATION"), f -> "CLOSED".equals(f.path("status").asText()));
        assertThat(verified.path("lastSourceSystem").asText()).isEqualTo("his");
        assertThat(verified.path("lastReason").asText()).contains(LICENCE).contains("VALID");
        String number = json(apiGet("/api/contracts/" + first)).path("contractNumber").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> PeopleSimulatorsForTests.wecom().messagesTo("u1001").stream()
                .anyMatch(m -> m.content().contains(number) && m.content().contains("Qualification verified")));
    }

    @Test
    void failsTheFacetWhenTheHisSaysTheLicenceIsRevoked() {
        String id = medicalContract();
        his.registerRevoked("沪浦食药监械经营许20220009号");

        assertThat(submit(id, form("沪浦食药监械经营许20220009号", LocalDate.now().plusYears(2))).statusCode()).isEqualTo(202);

        JsonNode failed = await().atMost(Duration.ofSeconds(10)).until(() -> facet(json(apiGet("/api/contracts/" + id)),
                "QUALIFICATION"), f -> "FAILED".equals(f.path("status").asText()));
        assertThat(failed.path("lastReason").asText()).contains("REVOKED");
    }

    @Test
    void queuesChecksWhileTheHisIsDownOpensTheBreakerAndCatchesUpWhenItIsBack() {
        String id = medicalContract();
        his.mode(HisMode.OUTAGE);

        assertThat(submit(id, form("沪浦食药监械经营许20220003号", LocalDate.now().plusYears(2))).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> hisClient.circuitBreakerState() == CircuitBreaker.State.OPEN);
        assertThat(facet(json(apiGet("/api/contracts/" + id)), "QUALIFICATION").path("status").asText()).isEqualTo("PENDING");
        JsonNode check = json(apiGet("/api/contracts/" + id + "/qualification/checks")).get(0);
        assertThat(check.path("status").asText()).isEqualTo("PENDING");
        assertThat(check.path("lastError").asText()).isNotBlank();

        his.mode(HisMode.UP);
        await().atMost(Duration.ofSeconds(15)).until(() -> facet(json(apiGet("/api/contracts/" + id)), "QUALIFICATION")
                .path("status").asText().equals("CLOSED"));
        assertThat(hisClient.circuitBreakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void tellsTheRepOnceThatTheHisIsUnreachableWhileTheCheckKeepsBeingRetried() {
        String id = medicalContract();
        String number = json(apiGet("/api/contracts/" + id)).path("contractNumber").asText();
        his.mode(HisMode.OUTAGE);

        assertThat(submit(id, form("沪浦食药监械经营许20220004号", LocalDate.now().plusYears(2))).statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(15)).until(() -> unreachableNotices(number) == 1);
        String notice = PeopleSimulatorsForTests.wecom().messagesTo("u1001").stream()
                .filter(m -> m.content().contains(number) && m.content().contains("HIS unreachable")).findFirst().orElseThrow().content();
        assertThat(notice).contains("沪浦食药监械经营许20220004号").contains("3 times in a row").contains("keeps being retried");
        int attemptsWhenTold = json(apiGet("/api/contracts/" + id + "/qualification/checks")).get(0).path("attempts").asInt();
        assertThat(attemptsWhenTold).isGreaterThanOrEqualTo(3);

        await().atMost(Duration.ofSeconds(10)).until(() -> json(apiGet("/api/contracts/" + id + "/qualification/checks")).get(0)
                .path("attempts").asInt() > attemptsWhenTold);
        JsonNode check = json(apiGet("/api/contracts/" + id + "/qualification/checks")).get(0);
        assertThat(check.path("status").asText()).isEqualTo("PENDING");
        assertThat(facet(json(apiGet("/api/contracts/" + id)), "QUALIFICATION").path("status").asText()).isEqualTo("PENDING");

        his.mode(HisMode.UP);
        await().atMost(Duration.ofSeconds(15)).until(() -> PeopleSimulatorsForTests.wecom().messagesTo("u1001").stream()
                .anyMatch(m -> m.content().contains(number) && m.content().contains("Qualification verified")));
        assertThat(unreachableNotices(number)).as("told once, however often the check was retried").isEqualTo(1);
    }

    @Test
    void refusesBadFormatsNamingTheFieldAndQueuesNothing() {
        String id = medicalContract();
        int checksBefore = count("qualification_check");

        HttpResponse<String> badLicence = submit(id, form("ABC-123", LocalDate.now().plusYears(1)));
        assertThat(badLicence.statusCode()).isEqualTo(400);
        assertThat(json(badLicence).path("code").asText()).isEqualTo("invalid_field");
        assertThat(json(badLicence).path("details").path("field").asText()).isEqualTo("licenceNumber");

        HttpResponse<String> expired = submit(id, form(LICENCE, LocalDate.now().minusDays(2)));
        assertThat(json(expired).path("details").path("field").asText()).isEqualTo("validUntil");

        HttpResponse<String> badCode = submit(id, """
                {"companyName":"华东医疗器械有限公司","creditCode":"91310000MA1FL8XQ38","licenceKind":"LICENCE",
                 "licenceNumber":"%s","validUntil":"%s","submittedBy":"u1001"}""".formatted(LICENCE, LocalDate.now().plusYears(1)));
        assertThat(json(badCode).path("details").path("field").asText()).isEqualTo("creditCode");

        HttpResponse<String> wrongKind = submit(id, """
                {"companyName":"华东医疗器械有限公司","creditCode":"91310000MA1FL8XQ37","licenceKind":"LICENCE",
                 "licenceNumber":"沪浦食药监械经营备20150033号","validUntil":"%s","submittedBy":"u1001"}"""
                .formatted(LocalDate.now().plusYears(1)));
        assertThat(json(wrongKind).path("message").asText()).isEqualTo("licenceNumber is a filing number, not a licence number");

        assertThat(count("qualification_check")).isEqualTo(checksBefore);
        assertThat(submit("no-such-contract", form(LICENCE, LocalDate.now().plusYears(1))).statusCode()).isEqualTo(404);
        assertThat(count("qualification_check")).isEqualTo(checksBefore);
    }

    private static long unreachableNotices(String contractNumber) {
        return PeopleSimulatorsForTests.wecom().messagesTo("u1001").stream()
                .filter(m -> m.content().contains(contractNumber) && m.content().contains("HIS unreachable")).count();
    }

    private String medicalContract() {
        String number = uniqueNumber();
        assertThat(postCrm(CrmEvents.event("crm-evt-" + number, java.time.Instant.now(), number, "SIGNED", "MEDICAL"))
                .statusCode()).isEqualTo(202);
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");
        return id;
    }

    private HttpResponse<String> submit(String contractId, String form) {
        return apiPost("/api/contracts/" + contractId + "/qualification", form);
    }

    private static String form(String licence, LocalDate validUntil) {
        return """
                {"companyName":"华东医疗器械有限公司","creditCode":"91310000MA1FL8XQ37","licenceNumber":"%s",
                 "validUntil":"%s","submittedBy":"u1001"}""".formatted(licence, validUntil);
    }

    static JsonNode facet(JsonNode contract, String facet) {
        for (JsonNode f : contract.path("facets")) {
            if (facet.equals(f.path("facet").asText())) {
                return f;
            }
        }
        throw new AssertionError("no facet " + facet + " in " + contract);
    }
}
