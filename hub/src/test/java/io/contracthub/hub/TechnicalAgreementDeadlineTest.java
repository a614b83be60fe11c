package io.contracthub.hub;

import io.contracthub.simulators.people.ReceivedMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The manager is reminded in the DingTalk group when a technical agreement that is not confirmed falls due within
 * 3 days (the CRM's contract.technicalAgreement.dueDate): once per due date however often the deadlines are scanned
 * (every 200 ms here), never for a confirmed agreement, a lost deal or a due date further away.
 */
class TechnicalAgreementDeadlineTest extends HubIntegrationTest {

    private static final Duration SEVERAL_SCANS = Duration.ofMillis(1200);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Longer than one test takes from reading "today" to its last scan. */
    private static final Duration NEAR_MIDNIGHT = Duration.ofMinutes(2);

    @Test
    void remindsTheManagerOnceAboutAnUnconfirmedAgreementDueInTwoDays() {
        String number = uniqueNumber();
        LocalDate due = today().plusDays(2);
        crm(number, "SIGNED", due);
        String id = awaitContractId(number);

        await().atMost(Duration.ofSeconds(10)).until(() -> !reminders(number).isEmpty());
        await().during(SEVERAL_SCANS).atMost(SEVERAL_SCANS.plusSeconds(2)).until(() -> reminders(number).size() == 1);

        assertThat(reminders(number)).singleElement().satisfies(message -> {
            assertThat(message.title()).isEqualTo("Technical agreement due in 2 days: " + number);
            assertThat(message.content()).contains("Technical agreement due " + due).contains("华东医疗器械有限公司")
                    .contains("not confirmed yet");
        });
        assertThat(jdbc.queryForObject("""
                        SELECT COUNT(*) FROM people_notification
                         WHERE event = 'technical-agreement-deadline' AND contract_id = ? AND status = 'SENT'""",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void remindsOnceMoreWhenTheDeadlineMoves() {
        String number = uniqueNumber();
        crm(number, "SIGNED", today().plusDays(3));
        await().atMost(Duration.ofSeconds(10)).until(() -> reminders(number).size() == 1);

        crm(number, "SIGNED", today().plusDays(1));

        await().atMost(Duration.ofSeconds(10)).until(() -> reminders(number).size() == 2);
        await().during(SEVERAL_SCANS).atMost(SEVERAL_SCANS.plusSeconds(2)).until(() -> reminders(number).size() == 2);
        assertThat(reminders(number)).extracting(ReceivedMessage::title).containsExactly(
                "Technical agreement due in 3 days: " + number, "Technical agreement due in 1 day: " + number);
    }

    @Test
    void doesNotRemindWhenTheAgreementIsConfirmed() {
        String number = uniqueNumber();
        crm(number, "SIGNED", null);
        String id = awaitContractId(number);
        recordManual(id, "TECHNICAL_AGREEMENT", "CONFIRMED", "legal.wang");

        crm(number, "SIGNED", today().plusDays(1));

        awaitDueDateOnContract(id);
        await().during(SEVERAL_SCANS).atMost(SEVERAL_SCANS.plusSeconds(2)).until(() -> reminders(number).isEmpty());
    }

    @Test
    void doesNotRemindAboutALostDealOrADeadlineFurtherAway() {
        String lost = uniqueNumber();
        String later = uniqueNumber();
        crm(lost, "LOST", today().plusDays(1));
        crm(later, "SIGNED", today().plusDays(4));
        String laterId = awaitContractId(later);
        awaitContract(awaitContractId(lost), "VOIDED");

        awaitDueDateOnContract(laterId);
        await().during(SEVERAL_SCANS).atMost(SEVERAL_SCANS.plusSeconds(2))
                .until(() -> reminders(lost).isEmpty() && reminders(later).isEmpty());
    }

    private void crm(String number, String stage, LocalDate due) {
        String event = CrmEvents.event("crm-evt-" + UUID.randomUUID(), Instant.now(), number, stage, "HOSPITAL");
        assertThat(postCrm(due == null ? event : CrmEvents.withTechnicalAgreementDue(event, due)).statusCode()).isEqualTo(202);
    }

    private void awaitDueDateOnContract(String id) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> json(apiGet("/api/contracts/" + id)).path("terms").path("technicalAgreementDue").isTextual());
    }

    private static List<ReceivedMessage> reminders(String number) {
        return PeopleSimulatorsForTests.dingtalk().robotMessages().stream()
                .filter(m -> m.title() != null && m.title().startsWith("Technical agreement due") && m.title().endsWith(number))
                .toList();
    }

    /**
     * The deadline's calendar (hub.people.notifications.technical-agreement-deadline.zone). Close to midnight there
     * (16:00 UTC) the hub's scan could fall on the next day: the test then waits for the new day to begin.
     */
    private static LocalDate today() {
        ZonedDateTime now = ZonedDateTime.now(SHANGHAI);
        ZonedDateTime nextMidnight = now.toLocalDate().plusDays(1).atStartOfDay(SHANGHAI);
        if (Duration.between(now, nextMidnight).compareTo(NEAR_MIDNIGHT) < 0) {
            await().pollInterval(Duration.ofSeconds(1)).atMost(NEAR_MIDNIGHT.plusSeconds(30))
                    .until(() -> !ZonedDateTime.now(SHANGHAI).isBefore(nextMidnight));
        }
        return LocalDate.now(SHANGHAI);
    }
}
