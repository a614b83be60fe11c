package io.contracthub.hub.people.notification;

import io.contracthub.hub.people.PeopleProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Turns new events into stored notices (event names are the keys of hub.people.notifications.rules):
 * qualification-result, voucher-rejected, invoicing-task-created, dead-letter. A notice nobody is configured to get
 * (or whose channel is not enabled) is stored as SKIPPED, so it is not looked at again.
 */
@Component
public class NotificationPlanner {

    static final String QUALIFICATION_RESULT = "qualification-result";
    static final String VOUCHER_REJECTED = "voucher-rejected";
    static final String INVOICING_TASK_CREATED = "invoicing-task-created";
    static final String DEAD_LETTER = "dead-letter";

    private final NotificationSources sources;
    private final NotificationRepository notices;
    private final NotificationAudience audience;
    private final PeopleProperties.Notifications settings;
    private final java.util.Set<String> channels;
    private final Clock clock;

    public NotificationPlanner(NotificationSources sources, NotificationRepository notices, NotificationAudience audience,
                               PeopleProperties properties, List<ChatChannel> channels, Clock clock) {
        this.channels = channels.stream().map(ChatChannel::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.sources = sources;
        this.notices = notices;
        this.audience = audience;
        this.settings = properties.notifications();
        this.clock = clock;
    }

    int planNew() {
        Instant now = clock.instant();
        Instant since = now.minus(settings.lookback());
        int planned = 0;
        for (NotificationSources.JournalEvent event : sources.journal(since, settings.batchSize())) {
            planned += store(journalNotice(event), now);
        }
        for (NotificationSources.OutboxEvent event : sources.invoicingTasks(since, settings.batchSize())) {
            planned += store(new Notice("outbox", event.id(), INVOICING_TASK_CREATED, event.contractId(),
                    audience.recipients(INVOICING_TASK_CREATED, event.viewJson()),
                    "Invoicing task: " + event.contractNumber(),
                    "### Invoicing task created\nContract **" + event.contractNumber()
                            + "** is effective; its invoicing task is waiting in the ERP."), now);
        }
        for (NotificationSources.DeadLetterEvent event : sources.deadLetters(since, settings.batchSize())) {
            planned += store(new Notice("dead_letter", event.id(), DEAD_LETTER, event.contractId(),
                    audience.recipients(DEAD_LETTER, null), "Dead letter in " + event.destination(),
                    "### Dead letter #" + event.id() + "\nA message for **" + event.destination()
                            + "** could not be processed" + (event.contractId() == null ? "" : " (contract " + event.contractId() + ")")
                            + ": " + event.reason() + "\nInspect and replay: `GET /api/dead-letters/" + event.id() + "`"), now);
        }
        return planned;
    }

    private Notice journalNotice(NotificationSources.JournalEvent event) {
        if ("QUALIFICATION".equals(event.facet())) {
            boolean verified = "CONFIRMED".equals(event.outcome());
            return new Notice("journal", event.id(), QUALIFICATION_RESULT, event.contractId(),
                    audience.recipients(QUALIFICATION_RESULT, event.viewJson()),
                    "Qualification " + (verified ? "verified" : "failed") + ": " + event.contractNumber(),
                    "### Qualification " + (verified ? "verified" : "failed") + "\nContract **" + event.contractNumber()
                            + "**: " + event.reason());
        }
        return new Notice("journal", event.id(), VOUCHER_REJECTED, event.contractId(),
                audience.recipients(VOUCHER_REJECTED, event.viewJson()), "Voucher rejected: " + event.contractNumber(),
                "### Down payment voucher rejected\nContract **" + event.contractNumber() + "**: " + event.reason());
    }

    private int store(Notice notice, Instant now) {
        boolean deliverable = settings.enabled() && channels.contains(settings.channel()) && !notice.recipients().isEmpty();
        String status = deliverable ? "PENDING" : "SKIPPED";
        return notices.insert(notice, settings.channel(), status, now) && "PENDING".equals(status) ? 1 : 0;
    }
}
