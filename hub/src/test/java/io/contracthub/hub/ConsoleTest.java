package io.contracthub.hub;

import io.contracthub.hub.persistence.DeadLetter;
import io.contracthub.hub.persistence.DeadLetterRepository;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static io.contracthub.hub.CrmEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/** Console tests: MockMvc over the shared hub context (no context of their own), with the security filter chains. */
public abstract class ConsoleTest extends HubIntegrationTest {

    @Autowired
    private WebApplicationContext context;

    @Autowired
    protected DeadLetterRepository deadLetters;

    protected MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** A CRM event for a new contract at stage SIGNED: the hub has only sales' word, so it is CLAIMED_BY_SALES and RED. */
    protected String claimedBySales(String number, String rep, String customer) {
        String body = event(number, "SIGNED")
                .replace("\"name\": \"Li Lei\"", "\"name\": \"" + rep + "\"")
                .replace("\"customer\": {\"name\": \"华东医疗器械有限公司\"", "\"customer\": {\"name\": \"" + customer + "\"");
        assertThat(postCrm(body).statusCode()).isEqualTo(202);
        awaitContract(awaitContractId(number), "CLAIMED_BY_SALES");
        return number;
    }

    /** Sales, e-signature, down payment and technical agreement all confirmed: the triggers fire. */
    protected String effectiveContract() {
        String number = claimedBySales(uniqueNumber(), "Li Lei", "华东医疗器械有限公司");
        String id = awaitContractId(number);
        recordManual(id, "SIGNATURE", "CONFIRMED", "legal.wang");
        recordManual(id, "DOWN_PAYMENT", "CONFIRMED", "finance.zhao");
        recordManual(id, "TECHNICAL_AGREEMENT", "CONFIRMED", "legal.wang");
        return id;
    }

    /** A dead letter as the broker route records it: a trigger message its consumer kept failing. */
    protected long deadLetter(String contractId, String queue, String idempotencyKey, String reason) {
        deadLetters.insert(DeadLetter.Origin.QUEUE, queue, idempotencyKey, contractId, reason,
                "{\"idempotencyKey\":\"" + idempotencyKey + "\",\"contractId\":\"" + contractId + "\"}");
        return jdbc.queryForObject("SELECT MAX(id) FROM dead_letter WHERE reference = ?", Long.class, idempotencyKey);
    }
}
