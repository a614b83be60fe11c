package io.contracthub.hub.people.notification;

import io.contracthub.hub.erp.ErpInvoicingDelivery;
import io.contracthub.hub.people.PeopleProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Turns new events into stored notices (event names are the keys of hub.people.notifications.rules):
 * qualification-result, voucher-rejected, invoicing-task-created, dead-letter, his-unreachable.
 * <p>
 * The rep hears once per check that the HIS is unreachable, after hub.people.his.unreachable-after failed attempts in a
 * row; the check goes on being retried and its result is announced like any other.
 * <p>
 * Finance hears of an invoicing task once: from the ERP's own answer (the invoice's ERP_DOCUMENTS evidence, with the
 * ERP and the document number) when this hub delivers invoicing tasks to the ERPs, else from the task queued in the
 * outbox for whoever creates it. A queued task seen while delivery runs is recorded as SKIPPED, so it is not announced
 * a second time if delivery is switched off later.
 */
@Component
public class NotificationPlanner {

    static final String QUALIFICATION_RESULT = "qualification-result";
    static final String VOUCHER_REJECTED = "voucher-rejected";
    static final String INVOICING_TASK_CREATED = "invoicing-task-created";
    static final String DEAD_LETTER = "dead-letter";
    static final String HIS_UNREACHABLE = "his-unreachable";

    private final NotificationSources sources;
    private final PlannedNotices planned;
    private final NotificationAudience audience;
    private final ErpInvoicingDelivery erpDelivery;
    private final PeopleProperties.Notifications settings;
    private final PeopleProperties.His his;
    private final Clock clock;
    private final AmendmentNotices amendments;
    private final PaymentStallNotices paymentStalls;

    public NotificationPlanner(NotificationSources sources, PlannedNotices planned, NotificationAudience audience,
                               ErpInvoicingDelivery erpDelivery, PeopleProperties properties, Clock clock,
                               AmendmentNotices amendments, PaymentStallNotices paymentStalls) {
        this.amendments = amendments;
        this.paymentStalls = paymentStalls;
        this.sources = sources;
        this.planned = planned;
        this.audience = audience;
        this.erpDelivery = erpDelivery;
        this.settings = properties.notifications();
        this.his = properties.his();
        this.clock = clock;
    }

    int planNew() {
        Instant now = clock.instant();
        Instant since = now.minus(settings.lookback());
        int count = 0;
        for (NotificationSources.JournalEvent event : sources.journal(since, settings.batchSize())) {
            count += planned.plan(journalNotice(event), now);
        }
        for (NotificationSources.JournalEvent event : sources.paymentStalls(since, settings.batchSize())) {
            for (Notice notice : paymentStalls.notices(event)) {
                count += planned.plan(notice, now);
            }
        }
        boolean erpTellsFinance = erpDelivery.isRunning();
        for (NotificationSources.OutboxEvent event : sources.invoicingTasks(since, settings.batchSize())) {
            Notice notice = new Notice("outbox", event.id(), INVOICING_TASK_CREATED, event.contractId(),
                    audience.recipients(INVOICING_TASK_CREATED, event.viewJson()),
                    "Invoicing task: " + event.contractNumber(),
                    "### Invoicing task created\nContract **" + event.contractNumber()
                            + "** is effective; its invoicing task is waiting in the ERP.");
            if (erpTellsFinance) {
                planned.skip(notice, "ERP delivery is on: finance is told when the ERP has created the invoice", now);
            } else {
                count += planned.plan(notice, now);
            }
        }
        for (NotificationSources.DeadLetterEvent event : sources.deadLetters(since, settings.batchSize())) {
            count += planned.plan(new Notice("dead_letter", event.id(), DEAD_LETTER, event.contractId(),
                    audience.recipients(DEAD_LETTER, null), "Dead letter in " + event.destination(),
                    "### Dead letter #" + event.id() + "\nA message for **" + event.destination()
                            + "** could not be processed" + (event.contractId() == null ? "" : " (contract " + event.contractId() + ")")
                            + ": " + event.reason() + "\nInspect and replay: `GET /api/dead-letters/" + event.id() + "`"), now);
        }
        for (Notice notice : amendments.newNotices(since, settings.batchSize())) {
            count += planned.plan(notice, now);
        }
        for (NotificationSources.UnreachableHisCheck check
                : sources.unreachableHisChecks(since, his.unreachableAfter(), HIS_UNREACHABLE, settings.batchSize())) {
            count += planned.plan(hisUnreachableNotice(check), now);
        }
        return count;
    }

    private Notice hisUnreachableNotice(NotificationSources.UnreachableHisCheck check) {
        return new Notice(NotificationSources.HIS_CHECK, 0, check.checkId(), HIS_UNREACHABLE, check.contractId(),
                audience.recipients(HIS_UNREACHABLE, check.viewJson()), "HIS unreachable: " + check.contractNumber(),
                "### HIS unreachable\nContract **" + check.contractNumber() + "**: the HIS has not answered the check of licence "
                        + check.licenceNumber() + " " + check.attempts() + " times in a row"
                        + (check.lastError() == null ? "" : " (last: " + check.lastError() + ")")
                        + ". The check keeps being retried; you will be told its result.");
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
        if ("ERP_DOCUMENTS".equals(event.facet())) {
            // the reason is the ERP's answer as recorded: "invoice HUB1A2B3C4D5E6F created in Kingdee (audited)"
            return new Notice("journal", event.id(), INVOICING_TASK_CREATED, event.contractId(),
                    audience.recipients(INVOICING_TASK_CREATED, event.viewJson()),
                    "Invoicing task in the ERP: " + event.contractNumber(),
                    "### Invoicing task created in the ERP\nContract **" + event.contractNumber() + "**: "
                            + event.reason() + ".");
        }
        return new Notice("journal", event.id(), VOUCHER_REJECTED, event.contractId(),
                audience.recipients(VOUCHER_REJECTED, event.viewJson()), "Voucher rejected: " + event.contractNumber(),
                "### Down payment voucher rejected\nContract **" + event.contractNumber() + "**: " + event.reason());
    }
}
