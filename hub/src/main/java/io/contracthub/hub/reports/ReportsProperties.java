package io.contracthub.hub.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * hub.reports: reconciliation across systems and the monthly health report (docs/health-report.md).
 *
 * @param reconciliation when and how widely contracts are compared with the systems' own state
 * @param crmRead        the CRM's contract read (GET /crm/contracts/{number}); blank base URL: the CRM is not compared
 * @param monthly        when the monthly headline figures go to the manager, and the console address for the link
 */
@ConfigurationProperties("hub.reports")
public record ReportsProperties(Reconciliation reconciliation, Monthly monthly) {

    /**
     * @param cron         Spring cron (second minute hour day month weekday) in {@code zone}; "-" switches the schedule off
     * @param recent       every contract changed within this window is sampled
     * @param randomSample how many of the other contracts are sampled at random per run
     * @param budget       requests per system per run at most
     * @param settleTime   triggers younger than this are not compared yet (their delivery may be under way)
     */
    public record Reconciliation(@DefaultValue("0 0 * * * *") String cron, @DefaultValue("Asia/Shanghai") String zone,
                                 @DefaultValue("24h") Duration recent, @DefaultValue("50") int randomSample,
                                 @DefaultValue("200") int budget, @DefaultValue("5m") Duration settleTime) {
    }

    /**
     * @param cron       when the previous month's report is announced ("-": never)
     * @param consoleUrl the console's address as people reach it, for the link in the message
     */
    public record Monthly(@DefaultValue("0 0 9 1 * *") String cron, @DefaultValue("Asia/Shanghai") String zone,
                          @DefaultValue("http://localhost:8080") String consoleUrl) {
    }
}
