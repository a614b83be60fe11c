package io.contracthub.hub.people.notification;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.YearMonth;

/**
 * Plans the monthly health report's message for the audience of rule health-report (the manager by default), once
 * per month: its source is (health_report, yyyyMM), unique like every notice's.
 */
@Component
public class HealthReportAnnouncer {

    public static final String HEALTH_REPORT = "health-report";
    static final String SOURCE_TABLE = "health_report";

    private final PlannedNotices planned;
    private final NotificationAudience audience;
    private final Clock clock;

    HealthReportAnnouncer(PlannedNotices planned, NotificationAudience audience, Clock clock) {
        this.planned = planned;
        this.audience = audience;
        this.clock = clock;
    }

    /** Answers whether the message will be sent (false: already planned, or nobody/no channel to send it to). */
    public boolean announce(YearMonth month, String title, String markdownBody) {
        long sourceId = month.getYear() * 100L + month.getMonthValue();
        return planned.plan(new Notice(SOURCE_TABLE, sourceId, HEALTH_REPORT, null,
                audience.recipients(HEALTH_REPORT, null), title, markdownBody), clock.instant()) == 1;
    }
}
