package io.contracthub.hub.people.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.hub.pipeline.AmendmentEffects;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The notices of docs/amendments.md: a change to signed terms tells the rep, legal and finance once each (events
 * amendment-pending-rep / -legal / -finance, one notice per amendment and event); an amendment that took effect after
 * invoicing gives finance its reversal task (event invoice-reversal-task).
 */
@Component
class AmendmentNotices {

    static final List<String> PENDING_EVENTS = List.of("amendment-pending-rep", "amendment-pending-legal",
            "amendment-pending-finance");
    static final String REVERSAL_TASK = "invoice-reversal-task";
    static final String SOURCE_TABLE = "amendment";

    private final NotificationSources sources;
    private final NotificationAudience audience;
    private final ObjectMapper objectMapper;

    AmendmentNotices(NotificationSources sources, NotificationAudience audience, ObjectMapper objectMapper) {
        this.sources = sources;
        this.audience = audience;
        this.objectMapper = objectMapper;
    }

    List<Notice> newNotices(java.time.Instant since, int max) {
        List<Notice> notices = new ArrayList<>();
        for (String event : PENDING_EVENTS) {
            for (NotificationSources.AmendmentEvent amendment : sources.amendments(since, event, max)) {
                notices.add(new Notice(SOURCE_TABLE, amendment.id(), event, amendment.contractId(),
                        audience.recipients(event, amendment.viewJson()),
                        "Amendment pending: " + amendment.contractNumber(),
                        "### Signed terms changed: amendment pending\nContract **" + amendment.contractNumber()
                                + "** was changed after signature. The signed terms stay in force until amendment "
                                + amendment.amendmentId() + " is signed or decided by legal.\n"
                                + differences(amendment.differencesJson())));
            }
        }
        for (NotificationSources.OutboxEvent task : sources.reversalTasks(since, AmendmentEffects.REVERSAL_TRIGGER, max)) {
            JsonNode message = read(task.viewJson());
            JsonNode reversal = message.path("reversal");
            notices.add(new Notice("outbox", task.id(), REVERSAL_TASK, task.contractId(),
                    audience.recipients(REVERSAL_TASK, null),
                    "Invoice to reverse: " + task.contractNumber(),
                    "### Reverse the invoice and issue a new one\nContract **" + task.contractNumber()
                            + "**: reverse the invoice of " + reversal.path("invoicedGross").asText()
                            + " CNY and issue one of " + reversal.path("amendedGross").asText() + " CNY ("
                            + reversal.path("reason").asText() + ")."));
        }
        return notices;
    }

    private String differences(String json) {
        StringBuilder text = new StringBuilder();
        for (JsonNode difference : read(json)) {
            text.append("- ").append(difference.path("field").asText()).append(": ")
                    .append(difference.path("signed").asText("-")).append(" → ")
                    .append(difference.path("proposed").asText("-")).append('\n');
        }
        return text.toString();
    }

    private JsonNode read(String json) {
        try {
            return objectMapper.readTree(json);
        } catch (IOException e) {
            return objectMapper.createObjectNode();
        }
    }
}
