package io.contracthub.hub.payment;

import io.contracthub.hub.console.SettableClock;
import io.contracthub.hub.persistence.JournalEntry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where an invoice stands, read off the journal alone, with time moved by hand. */
class PaymentJourneyDerivationTest {

    private static final BigDecimal GROSS = new BigDecimal("1000.00");

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-02T01:00:00Z"));
    private final List<JournalEntry> journal = new ArrayList<>();
    private final PaymentProperties properties = new PaymentProperties(new PaymentProperties.Stall(Duration.ofHours(48),
            false, "Asia/Shanghai", Duration.ofMinutes(10), List.of("rep", "finance", "director"), List.of("director")), null);
    private final PaymentStallScanner scanner = new PaymentStallScanner(null, properties, clock);

    @Test
    void walksAnInvoiceThroughAllFiveNodesToPaid() {
        erpInvoice("HUB1A2B3C");
        assertThat(invoice().waitingAt()).isEqualTo(PaymentNode.INVOICE_RECEIVED);
        clock.advance(Duration.ofHours(5));
        fact(PaymentFact.settled("HUB1A2B3C", PaymentNode.INVOICE_RECEIVED, "rep says so"), "CONFIRMED");
        assertThat(invoice().waitingAt()).isEqualTo(PaymentNode.PAYMENT_STARTED);
        clock.advance(Duration.ofHours(5));
        fact(PaymentFact.settled("HUB1A2B3C", PaymentNode.PAYMENT_STARTED, "crm activity"), "CONFIRMED");
        clock.advance(Duration.ofHours(5));
        entry("ocr", "DOWN_PAYMENT", "CONFIRMED", "ocr-provider", "voucher verified");
        assertThat(invoice().waitingAt()).as("the OCR-verified voucher is node 4").isEqualTo(PaymentNode.MONEY_ARRIVED);
        assertThat(journey().paid()).isFalse();
        clock.advance(Duration.ofHours(5));
        fact(PaymentFact.received("HUB1A2B3C", GROSS, "bank line 1"), "CONFIRMED");

        PaymentJourney journey = journey();
        assertThat(journey.invoices().get(0).waitingAt()).isNull();
        assertThat(journey.invoices().get(0).settledNodes()).containsExactly(PaymentNode.values());
        assertThat(journey.paid()).isTrue();
        assertThat(journey.received()).isEqualByComparingTo("1000.00");
    }

    @Test
    void isNotPaidUntilEveryInvoiceIsPaidAndTheReceiptsAddUpToTheGrossTotal() {
        fact(PaymentFact.invoiced("DP-1", new BigDecimal("300.00"), null), "CONFIRMED");
        fact(PaymentFact.invoiced("BAL-1", new BigDecimal("700.00"), null), "CONFIRMED");
        fact(PaymentFact.received("DP-1", new BigDecimal("300.00"), null), "CONFIRMED");
        assertThat(journey().paid()).as("the balance invoice is still open").isFalse();
        fact(PaymentFact.received("BAL-1", new BigDecimal("699.99"), null), "CONFIRMED");
        assertThat(journey().paid()).as("one fen short").isFalse();
        assertThat(journey().invoices().get(1).isSettled(PaymentNode.MONEY_ARRIVED)).isFalse();
        assertThat(journey().received()).isEqualByComparingTo("999.99");
        fact(PaymentFact.received("BAL-1", new BigDecimal("0.01"), null), "CONFIRMED");
        assertThat(journey().paid()).isTrue();
    }

    @Test
    void invoicesThatDoNotAddUpToTheGrossTotalNeverMakeItPaid() {
        fact(PaymentFact.invoiced("INV-A", new BigDecimal("900.00"), null), "CONFIRMED");
        fact(PaymentFact.received("INV-A", new BigDecimal("900.00"), null), "CONFIRMED");
        assertThat(journey().invoices().get(0).isOpen()).isFalse();
        assertThat(journey().paid()).isFalse();
    }

    @Test
    void anInvoiceWithoutAStatedAmountIsForWhatTheOthersLeave() {
        fact(PaymentFact.invoiced("DP-1", new BigDecimal("300.00"), null), "CONFIRMED");
        erpInvoice("HUBBALANCE");
        assertThat(journey().invoices().get(1).amount()).isEqualByComparingTo("700.00");
    }

    @Test
    void stallsOnceAfter48HoursWithoutUpdateAndAgainOnlyAfterAnAnsweredReason() {
        erpInvoice("HUB1");
        fact(PaymentFact.settled("HUB1", PaymentNode.INVOICE_RECEIVED, null), "CONFIRMED");
        clock.advance(Duration.ofHours(47));
        assertThat(scanner.isNewStall(invoice(), clock.instant())).isFalse();
        clock.advance(Duration.ofHours(1));
        assertThat(scanner.isNewStall(invoice(), clock.instant())).isTrue();
        fact(PaymentFact.alerted("HUB1", PaymentNode.PAYMENT_STARTED, 1, null), "PENDING");
        clock.advance(Duration.ofHours(30));
        assertThat(scanner.isNewStall(invoice(), clock.instant())).as("the same stall is alerted once").isFalse();

        fact(PaymentFact.reason("HUB1", PaymentNode.PAYMENT_STARTED, BlockingReason.CUSTOMER_PROCESS_CHANGED, "new ERP"), "PENDING");
        assertThat(invoice().lastReason()).isEqualTo(BlockingReason.CUSTOMER_PROCESS_CHANGED);
        clock.advance(Duration.ofHours(48));
        assertThat(scanner.isNewStall(invoice(), clock.instant())).isTrue();
        assertThat(invoice().alertsAtWaitingNode()).as("the next alert is the node's second stall").isEqualTo(1);
    }

    @Test
    void countsOnlyWorkingDaysWhenAskedTo() {
        WorkingTime workingDays = new WorkingTime(true, ZoneId.of("Asia/Shanghai"));
        // Friday 18:00 to Tuesday 18:00 in Shanghai: the weekend does not count
        Instant friday = Instant.parse("2026-03-06T10:00:00Z");
        assertThat(workingDays.between(friday, friday.plus(Duration.ofDays(4)))).isEqualTo(Duration.ofHours(48));
        assertThat(new WorkingTime(false, ZoneId.of("Asia/Shanghai")).between(friday, friday.plus(Duration.ofDays(4))))
                .isEqualTo(Duration.ofHours(96));
    }

    @Test
    void readsBackTheFactsItWrites() {
        PaymentFact reason = PaymentFact.reason("INV-7", PaymentNode.CUSTOMER_PAID, BlockingReason.OTHER, "bank holiday");
        assertThat(PaymentFact.parse(reason.text())).contains(reason);
        assertThat(PaymentFact.parse("voucher match approved")).isEmpty();
        assertThat(PaymentFact.parse("[journey kind=NOPE invoice=X]")).isEmpty();
    }

    private void erpInvoice(String number) {
        journal.add(new JournalEntry("c1", journal.size() + 1, "kingdee", "k" + journal.size(), "ERP_DOCUMENTS", "CONFIRMED",
                PaymentJourney.ERP_INVOICE_ACTOR, "invoice " + number + " created in Kingdee (audited)", null, clock.instant(),
                clock.instant(), "h", "{}", "INVOICED", "GOLD"));
    }

    private void fact(PaymentFact fact, String outcome) {
        entry("journey", "PAYMENT", outcome, "someone", fact.text());
    }

    private void entry(String source, String facet, String outcome, String actor, String reason) {
        journal.add(new JournalEntry("c1", journal.size() + 1, source, "e" + journal.size(), facet, outcome, actor, reason,
                null, clock.instant(), clock.instant(), "h", "{}", "INVOICED", "GOLD"));
    }

    private PaymentJourney journey() {
        return PaymentJourney.derive(journal, GROSS);
    }

    private InvoiceJourney invoice() {
        return journey().invoices().get(0);
    }
}
