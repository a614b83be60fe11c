package io.contracthub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.contracthub.simulators.people.ReceivedMessage;
import io.contracthub.simulators.wecom.WecomSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A notice that uses up its attempts (hub.people.notifications.max-attempts, 10) takes the one dead-letter path:
 * DEAD, a dead letter of origin NOTIFICATION in GET /api/dead-letters, and replaying that sends it again, once.
 */
class NotificationDeadLetterTest extends HubIntegrationTest {

    private static final String USER = "dead.letter.probe";

    private WecomSimulator wecom;

    @BeforeEach
    void simulator() {
        wecom = PeopleSimulatorsForTests.wecom();
    }

    @AfterEach
    void wecomBackToNormal() {
        wecom.answerBusy(0);
    }

    @Test
    void aNoticeWecomAlwaysAnswersBusyIsDeadLetteredAndReplayingItAfterWecomRecoversSendsItOnce() {
        wecom.answerBusy(Integer.MAX_VALUE);
        String title = "Probe " + UUID.randomUUID();
        long notice = plannedNotice(title);

        JsonNode deadLetter = await().atMost(Duration.ofSeconds(60)).until(() -> deadLetterFor(notice), d -> d != null);
        assertThat(deadLetter.path("origin").asText()).isEqualTo("NOTIFICATION");
        assertThat(deadLetter.path("destination").asText()).isEqualTo("wecom");
        assertThat(deadLetter.path("reason").asText()).contains("gave up after 10 attempts");
        assertThat(deadLetter.path("payload").asText()).contains(title);
        assertThat(status(notice)).isEqualTo("DEAD");
        assertThat(sent(title)).isEmpty();

        wecom.answerBusy(0);
        assertThat(apiPost("/api/dead-letters/" + deadLetter.path("id").asLong() + "/replay", "").statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).until(() -> status(notice), "SENT"::equals);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> sent(title).size() == 1);
        assertThat(deadLetterFor(notice).path("replayCount").asInt()).isEqualTo(1);
    }

    @Test
    void replayingTheSameDeadLetterTwiceQueuesTheNoticeOnce() {
        wecom.answerBusy(Integer.MAX_VALUE);
        String title = "Probe " + UUID.randomUUID();
        long notice = plannedNotice(title);
        JsonNode deadLetter = await().atMost(Duration.ofSeconds(60)).until(() -> deadLetterFor(notice), d -> d != null);

        wecom.answerBusy(0);
        apiPost("/api/dead-letters/" + deadLetter.path("id").asLong() + "/replay", "");
        await().atMost(Duration.ofSeconds(30)).until(() -> status(notice), "SENT"::equals);
        apiPost("/api/dead-letters/" + deadLetter.path("id").asLong() + "/replay", "");

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(() -> sent(title).size() == 1);
        assertThat(status(notice)).as("a sent notice is not revived").isEqualTo("SENT");
    }

    /** As NotificationPlanner plans a notice: PENDING, due now, on the default channel (WeCom, which sends the body). */
    private long plannedNotice(String title) {
        String key = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.update("""
                        INSERT INTO people_notification (source_table, source_id, source_key, event, contract_id, channel,
                          recipients, title, body, status, attempts, next_attempt_at, created_at)
                        VALUES ('probe', 0, ?, 'probe', NULL, 'wecom', ?, ?, ?, 'PENDING', 0, ?, ?)""",
                key, USER, title, "**" + title + "**", now, now);
        return jdbc.queryForObject("SELECT id FROM people_notification WHERE source_key = ?", Long.class, key);
    }

    private String status(long notice) {
        return jdbc.queryForObject("SELECT status FROM people_notification WHERE id = ?", String.class, notice);
    }

    private List<ReceivedMessage> sent(String title) {
        return wecom.messagesTo(USER).stream()
                .filter(m -> m.content() != null && m.content().contains(title)).toList();
    }

    private JsonNode deadLetterFor(long notice) {
        for (JsonNode item : json(apiGet("/api/dead-letters?size=200")).path("items")) {
            if ("NOTIFICATION".equals(item.path("origin").asText()) && String.valueOf(notice).equals(item.path("reference").asText())) {
                return item;
            }
        }
        return null;
    }
}
