package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.connectors.erp.ErpDocument;
import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.connectors.resilience.ResilienceRegistries;
import io.contracthub.hub.erp.ErpEvidenceRecorder;
import io.contracthub.hub.persistence.DeadLetter;
import io.contracthub.hub.persistence.DeadLetterRepository;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.contracthub.hub.CrmEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Health, metrics and log lines: what an operator sees of the hub without opening the database. */
@ExtendWith(OutputCaptureExtension.class)
class SignalsTest extends HubIntegrationTest {

    @Autowired
    ResilienceRegistries resilience;
    @Autowired
    ErpEvidenceRecorder erpEvidence;
    @Autowired
    DeadLetterRepository deadLetters;

    @Test
    void healthShowsDatabaseBrokerAndBreakersToAnApiKeyCallerOnly() {
        JsonNode anonymous = json(send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build()));
        JsonNode withKey = json(apiGet("/actuator/health"));

        assertThat(anonymous.path("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components")).isFalse();
        assertThat(withKey.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(withKey.path("components").path("jms").path("status").asText()).isEqualTo("UP");
        assertThat(withKey.at("/components/circuitBreakers/details/kingdee/state").asText()).isEqualTo("CLOSED");
    }

    @Test
    void anOpenBreakerIsInHealthAndPrometheusWhileTheHubStaysUp() {
        CircuitBreaker kingdee = resilience.circuitBreakers().circuitBreaker("kingdee");
        kingdee.transitionToForcedOpenState();
        try {
            JsonNode health = json(apiGet("/actuator/health"));
            String prometheus = scrape();

            assertThat(health.path("status").asText()).isEqualTo("UP");
            assertThat(health.at("/components/circuitBreakers/status").asText()).isEqualTo("CIRCUIT_OPEN");
            assertThat(health.at("/components/circuitBreakers/details/kingdee/state").asText()).isEqualTo("FORCED_OPEN");
            assertThat(metric(prometheus, "resilience4j_circuitbreaker_state{name=\"kingdee\",state=\"forced_open\"}")).isEqualTo(1.0);
            assertThat(metric(prometheus, "resilience4j_circuitbreaker_state{name=\"kingdee\",state=\"closed\"}")).isEqualTo(0.0);
            assertThat(metric(prometheus, "resilience4j_circuitbreaker_state{name=\"u8\",state=\"closed\"}")).isEqualTo(1.0);
        } finally {
            kingdee.transitionToClosedState();
        }
    }

    @Test
    void contractsAreCountedPerTierAndLifecycle() {
        String claimedRed = "hub_contracts{lifecycle=\"CLAIMED_BY_SALES\",tier=\"RED\"}";
        double before = metric(scrape(), claimedRed);
        String number = uniqueNumber();
        postCrm(event(number, "SIGNED"));
        awaitContract(awaitContractId(number), "CLAIMED_BY_SALES");

        await().atMost(Duration.ofSeconds(10)).until(() -> metric(scrape(), claimedRed) >= before + 1);
        assertThat(metric(scrape(), "hub_contracts{lifecycle=\"CLAIMED_BY_SALES\",tier=\"GREEN\"}"))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM contract WHERE tier = 'GREEN' AND lifecycle = 'CLAIMED_BY_SALES'", Double.class));
    }

    @Test
    void aDeadLetterIsCountedOpenAndLoggedWithItsContract(CapturedOutput output) {
        String number = uniqueNumber();
        postCrm(event(number, "SIGNED"));
        String id = awaitContractId(number);

        deadLetters.insert(DeadLetter.Origin.QUEUE, "finance.invoicing-tasks", id + ":test", id,
                "customer 91310000MA1FL8XQ37 unknown", "{}");

        await().atMost(Duration.ofSeconds(30)).until(() -> metric(scrape(), "hub_dead_letters_open") == jdbc.queryForObject(
                "SELECT COUNT(*) FROM dead_letter WHERE replayed_at IS NULL AND resolved_at IS NULL", Double.class));
        assertThat(output.getOut()).contains("Dead letter from QUEUE finance.invoicing-tasks (" + id + ":test) for contract "
                + number + " (" + id + ")").doesNotContain("91310000MA1FL8XQ37");
    }

    @Test
    void anErpDocumentIsCountedPerErpAndLoggedWithItsContract(CapturedOutput output) {
        String number = uniqueNumber();
        postCrm(event(number, "SIGNED"));
        String id = awaitContractId(number);
        String created = "hub_erp_documents_total{document=\"invoice\",erp=\"kingdee\"}";
        double before = metric(scrape(), created);

        erpEvidence.record(id, id + ":finance-invoicing:9", new ErpDocument("kingdee", ErpOperation.INVOICE, "HUBTEST1", "audited", true));

        assertThat(metric(scrape(), created)).isEqualTo(before + 1);
        assertThat(output.getOut()).contains("ERP document: invoice HUBTEST1 created in Kingdee (audited) for contract "
                + number + " (" + id + ")");
    }

    @Test
    void aTransitionIsLoggedOnceWithoutTheCustomer(CapturedOutput output) {
        String number = uniqueNumber();
        postCrm(event(number, "SIGNED"));
        String id = awaitContractId(number);
        awaitContract(id, "CLAIMED_BY_SALES");

        assertThat(output.getOut()).containsOnlyOnce("Contract " + number + " (" + id + ") moved from DRAFT to CLAIMED_BY_SALES (RED) on COMMERCIAL CONFIRMED from crm")
                .doesNotContain("华东医疗器械有限公司", CrmEvents.VALID_CREDIT_CODE, "6222020200112233445");
    }

    private String scrape() {
        return send(HttpRequest.newBuilder(uri("/actuator/prometheus")).GET().build()).body();
    }

    /** The value of one sample, by its exact name and labels; 0 when the hub has not shown it yet. */
    private static double metric(String prometheus, String sample) {
        Matcher value = Pattern.compile("^" + Pattern.quote(sample) + " (\\S+)$", Pattern.MULTILINE).matcher(prometheus);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
