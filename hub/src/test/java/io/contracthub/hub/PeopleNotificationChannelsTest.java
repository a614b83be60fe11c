package io.contracthub.hub;

import io.contracthub.simulators.dingtalk.DingtalkSimulator;
import io.contracthub.simulators.people.ReceivedMessage;
import io.contracthub.simulators.wecom.WecomSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each audience on its own channel (config/notifications.yml: the rep on the default channel, WeCom here; the manager on
 * the DingTalk group robot), and how the hub reads the robot's answers: a refused signature fails the notice at once
 * with DingTalk's reason, "send too fast" is tried again later and the notice sent once.
 */
class PeopleNotificationChannelsTest extends HubIntegrationTest {

    private static final String ROBOT_SECRET = "SECrobot_test_secret";

    private WecomSimulator wecom;
    private DingtalkSimulator dingtalk;

    @BeforeEach
    void simulators() {
        wecom = PeopleSimulatorsForTests.wecom();
        dingtalk = PeopleSimulatorsForTests.dingtalk();
    }

    @AfterEach
    void robotBackToNormal() {
        dingtalk.resetRobotSecret(ROBOT_SECRET);
        dingtalk.limitRobotTo(PeopleSimulatorsForTests.ROBOT_MESSAGES_PER_MINUTE);
    }

    @Test
    void theRepIsToldOnWecomAndTheManagerInTheDingtalkGroup() {
        String number = uniqueNumber();
        assertThat(postCrm(CrmEvents.event(number, "SIGNED")).statusCode()).isEqualTo(202);
        String id = awaitContractId(number);
        recordManual(id, "QUALIFICATION", "FAILED", "qa.chen");
        long deadLetter = deadLetter(id, "ERP rejected the stocking instruction");

        List<ReceivedMessage> toRep = await().atMost(Duration.ofSeconds(10))
                .until(() -> about(number, wecom.messagesTo("u1001")), messages -> !messages.isEmpty());
        ReceivedMessage inGroup = await().atMost(Duration.ofSeconds(10))
                .until(() -> robotMessage("Dead letter #" + deadLetter), message -> message != null);

        assertThat(toRep).singleElement().satisfies(m -> assertThat(m.content()).contains("Qualification failed"));
        assertThat(inGroup.msgType()).isEqualTo("markdown");
        assertThat(inGroup.title()).isEqualTo("Dead letter in supplychain.stocking-instructions");
        assertThat(inGroup.content()).contains(id).contains("ERP rejected the stocking instruction")
                .contains("GET /api/dead-letters/" + deadLetter);
        assertThat(about("Dead letter #" + deadLetter, wecom.messagesTo("manager.wu"))).as("not on WeCom as well").isEmpty();
        assertThat(jdbc.queryForList("SELECT event || '>' || channel FROM people_notification WHERE contract_id = ? ORDER BY id",
                String.class, id)).containsExactlyInAnyOrder("qualification-result>wecom", "dead-letter>dingtalk-robot");
    }

    @Test
    void aRobotThatRefusesTheSignatureFailsTheNoticeAtOnceWithDingtalksReason() {
        dingtalk.resetRobotSecret("SECrotated_by_the_group_owner");
        long deadLetter = deadLetter(null, "broker gave up");

        Map<String, Object> notice = await().atMost(Duration.ofSeconds(10))
                .until(() -> deadLetterNotice(deadLetter), row -> row != null && "FAILED".equals(row.get("status")));

        assertThat(((Number) notice.get("attempts")).intValue()).as("a refusal is not retried").isEqualTo(1);
        assertThat((String) notice.get("last_error")).contains("dingtalk-robot").contains("310000")
                .contains("机器人发送签名不匹配");
        assertThat(robotMessage("Dead letter #" + deadLetter)).isNull();
    }

    @Test
    void aRateLimitedRobotMessageIsSentOnceTheRobotTakesMessagesAgain() {
        dingtalk.limitRobotTo(0);
        long deadLetter = deadLetter(null, "consumer crashed");

        Map<String, Object> throttled = await().atMost(Duration.ofSeconds(10)).until(() -> deadLetterNotice(deadLetter),
                row -> row != null && row.get("last_error") != null);
        assertThat(throttled.get("status")).isEqualTo("PENDING");
        assertThat((String) throttled.get("last_error")).contains("130101").contains("send too fast");

        dingtalk.limitRobotTo(PeopleSimulatorsForTests.ROBOT_MESSAGES_PER_MINUTE);
        Map<String, Object> sent = await().atMost(Duration.ofSeconds(10))
                .until(() -> deadLetterNotice(deadLetter), row -> "SENT".equals(row.get("status")));

        assertThat(((Number) sent.get("attempts")).intValue()).isGreaterThanOrEqualTo(2);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> dingtalk.robotMessages().stream()
                .filter(m -> m.content().contains("Dead letter #" + deadLetter + "\n")).count() == 1);
    }

    /** As DeadLetterRoutes records what the broker dead-lettered. */
    private long deadLetter(String contractId, String reason) {
        String reference = "channels-test-" + UUID.randomUUID();
        jdbc.update("""
                        INSERT INTO dead_letter (origin, destination, reference, contract_id, reason, payload, created_at, replay_count)
                        VALUES ('QUEUE', 'supplychain.stocking-instructions', ?, ?, ?, '{}', ?, 0)""",
                reference, contractId, reason, OffsetDateTime.now(ZoneOffset.UTC));
        return jdbc.queryForObject("SELECT id FROM dead_letter WHERE reference = ?", Long.class, reference);
    }

    private Map<String, Object> deadLetterNotice(long deadLetter) {
        return jdbc.queryForList("""
                        SELECT status, attempts, last_error FROM people_notification
                         WHERE source_table = 'dead_letter' AND source_id = ?""", deadLetter)
                .stream().findFirst().orElse(null);
    }

    private ReceivedMessage robotMessage(String heading) {
        return dingtalk.robotMessages().stream().filter(m -> m.content().contains(heading + "\n")).findFirst().orElse(null);
    }

    private static List<ReceivedMessage> about(String text, List<ReceivedMessage> messages) {
        return messages.stream().filter(m -> m.content().contains(text)).toList();
    }
}
