package io.contracthub.hub.payment;

import io.contracthub.routes.spi.PaymentStalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The 48-hour rule: an open invoice whose waiting node has had no update for hub.payments.stall.after (wall-clock or
 * working days) gets one ALERTED fact per stall. An answered reason (or any other update) ends the stall; the next
 * stall of the same node is number 2, which people/notification sends to the escalation audience alone.
 */
@Service
public class PaymentStallScanner implements PaymentStalls {

    private static final Logger log = LoggerFactory.getLogger(PaymentStallScanner.class);

    private final PaymentJourneyService journeys;
    private final Clock clock;
    private final Duration after;
    private final WorkingTime workingTime;

    public PaymentStallScanner(PaymentJourneyService journeys, PaymentProperties properties, Clock clock) {
        this.journeys = journeys;
        this.clock = clock;
        this.after = properties.stall().after();
        this.workingTime = workingTime(properties);
    }

    public static WorkingTime workingTime(PaymentProperties properties) {
        return new WorkingTime(properties.stall().workingDaysOnly(), ZoneId.of(properties.stall().zone()));
    }

    @Override
    public int scan() {
        return scanAt(clock.instant());
    }

    /** One round as of {@code now}. */
    public int scanAt(Instant now) {
        int alerts = 0;
        for (PaymentJourneyService.ContractJourney contract : journeys.openJourneys()) {
            for (InvoiceJourney invoice : contract.journey().open()) {
                if (isNewStall(invoice, now)) {
                    alert(contract, invoice, now);
                    alerts++;
                }
            }
        }
        return alerts;
    }

    boolean isNewStall(InvoiceJourney invoice, Instant now) {
        return invoice.isOpen() && invoice.quietSince() != null && !invoice.alertedSinceQuiet()
                && workingTime.between(invoice.quietSince(), now).compareTo(after) >= 0;
    }

    private void alert(PaymentJourneyService.ContractJourney contract, InvoiceJourney invoice, Instant now) {
        int stall = invoice.alertsAtWaitingNode() + 1;
        Duration quiet = workingTime.between(invoice.quietSince(), now);
        String waited = quiet.toHours() > 0 ? quiet.toHours() + " h" : quiet.toMinutes() + " min";
        PaymentFact fact = PaymentFact.alerted(invoice.invoice(), invoice.waitingAt(), stall,
                "no update for " + waited + (stall > 1 ? ", stalled again: escalated" : ""));
        String eventId = "stall:" + invoice.invoice() + ":" + invoice.waitingAt().number() + ":" + stall + ":"
                + contract.contract().id();
        journeys.record(contract.contract().id(), fact, PaymentJourneyService.SOURCE_SYSTEM, eventId,
                PaymentJourneyService.SOURCE_SYSTEM, now, null);
        log.info("Payment journey of contract {} invoice {} stalled at node {} (stall {}, no update for {})",
                contract.contract().contractNumber(), invoice.invoice(), invoice.waitingAt().number(), stall, waited);
    }
}
