package io.contracthub.hub.reports;

import io.contracthub.hub.reports.health.MonthlyHealthReport;
import io.contracthub.hub.reports.reconcile.ReconciliationService;
import io.contracthub.hub.persistence.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Runs reconciliation and the monthly health report on their cron schedules (hub.reports.*.cron, "-" for never),
 * read against the hub's clock, on one node only (the one that takes the job's lock in job_lock). Both can also be
 * started on demand (POST /api/reports/reconciliation/runs).
 */
@Component
public class ReportSchedules implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReportSchedules.class);

    private final ReportsProperties properties;
    private final ReconciliationService reconciliation;
    private final MonthlyHealthReport monthly;
    private final Clock clock;
    private final JobLocks locks;
    private final Duration lockHold;
    private ThreadPoolTaskScheduler scheduler;

    public ReportSchedules(ReportsProperties properties, ReconciliationService reconciliation, MonthlyHealthReport monthly,
                           Clock clock, JobLocks locks, @Value("${hub.jobs.lock-hold:PT2M}") Duration lockHold) {
        this.properties = properties;
        this.reconciliation = reconciliation;
        this.monthly = monthly;
        this.clock = clock;
        this.locks = locks;
        this.lockHold = lockHold;
    }

    @Override
    public synchronized void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("reports-");
        scheduler.setClock(clock);
        scheduler.initialize();
        schedule("reconciliation", properties.reconciliation().cron(), properties.reconciliation().zone(), reconciliation::runOnce);
        schedule("monthly health report", properties.monthly().cron(), properties.monthly().zone(), monthly::announcePreviousMonth);
    }

    private void schedule(String name, String cron, String zone, Runnable job) {
        if (cron == null || cron.isBlank() || "-".equals(cron.trim())) {
            log.info("The {} is not scheduled (cron '-')", name);
            return;
        }
        scheduler.schedule(() -> {
            try {
                // every node fires at the scheduled time; the node that takes the job's lock runs it, the others skip
                if (!locks.tryHold("reports." + name, lockHold)) {
                    log.info("The scheduled {} runs on node {}; this node ({}) skips it", name,
                            locks.holder("reports." + name).orElse("?"), locks.node());
                    return;
                }
                job.run();
            } catch (RuntimeException e) {
                log.error("The scheduled {} failed; it runs again at its next time", name, e);
            }
        }, new CronTrigger(cron, ZoneId.of(zone)));
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
