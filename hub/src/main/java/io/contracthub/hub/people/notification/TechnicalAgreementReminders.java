package io.contracthub.hub.people.notification;

import io.contracthub.hub.people.PeopleProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Reminds (rule technical-agreement-deadline, the manager by default) once per contract and due date when a technical
 * agreement that is not confirmed falls due within the lead time. The notice's source is (contract, due date), so
 * repeated scans and several nodes announce a deadline once, and a moved deadline once more.
 */
@Component
class TechnicalAgreementReminders {

    static final String TECHNICAL_AGREEMENT_DEADLINE = "technical-agreement-deadline";
    static final String SOURCE_TABLE = "contract";

    private final TechnicalAgreementDeadlines deadlines;
    private final NotificationRepository notices;
    private final PlannedNotices planned;
    private final NotificationAudience audience;
    private final PeopleProperties.TechnicalAgreementDeadline settings;
    private final Clock clock;

    TechnicalAgreementReminders(TechnicalAgreementDeadlines deadlines, NotificationRepository notices,
                                PlannedNotices planned, NotificationAudience audience, PeopleProperties properties,
                                Clock clock) {
        this.deadlines = deadlines;
        this.notices = notices;
        this.planned = planned;
        this.audience = audience;
        this.settings = properties.notifications().technicalAgreementDeadline();
        this.clock = clock;
    }

    int planDue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of(settings.zone()));
        int count = 0;
        for (TechnicalAgreementDeadlines.DueAgreement due : deadlines.dueBetween(today, today.plusDays(settings.leadTime().toDays()))) {
            long dueDay = due.dueDate().toEpochDay();
            if (!notices.exists(SOURCE_TABLE, dueDay, due.contractId(), TECHNICAL_AGREEMENT_DEADLINE)) {
                count += planned.plan(notice(due, ChronoUnit.DAYS.between(today, due.dueDate())), now);
            }
        }
        return count;
    }

    private Notice notice(TechnicalAgreementDeadlines.DueAgreement due, long daysLeft) {
        String when = daysLeft == 0 ? "today" : "in " + daysLeft + (daysLeft == 1 ? " day" : " days");
        return new Notice(SOURCE_TABLE, due.dueDate().toEpochDay(), due.contractId(), TECHNICAL_AGREEMENT_DEADLINE,
                due.contractId(), audience.recipients(TECHNICAL_AGREEMENT_DEADLINE, due.viewJson()),
                "Technical agreement due " + when + ": " + due.contractNumber(),
                "### Technical agreement due " + due.dueDate() + " (" + when + ")\nContract **" + due.contractNumber()
                        + "**" + (due.customerName() == null ? "" : " with " + due.customerName())
                        + ": the technical agreement is not confirmed yet.");
    }
}
