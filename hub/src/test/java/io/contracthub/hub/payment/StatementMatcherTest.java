package io.contracthub.hub.payment;

import io.contracthub.hub.payment.statement.StatementLine;
import io.contracthub.hub.payment.statement.StatementMatcher;
import io.contracthub.hub.payment.statement.StatementMatcher.OpenInvoice;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A statement line is matched to one invoice only when nothing is left to guess. */
class StatementMatcherTest {

    private static final OpenInvoice HOSPITAL = new OpenInvoice("c1", "HT-2026-0001", "INV-1", "华东医疗器械有限公司",
            new BigDecimal("1000.00"));
    private static final OpenInvoice CLINIC = new OpenInvoice("c2", "HT-2026-0002", "INV-2", "华东医疗器械有限公司",
            new BigDecimal("1000.00"));
    private static final OpenInvoice OTHER = new OpenInvoice("c3", "HT-2026-0003", "INV-3", "Beijing Dental Ltd",
            new BigDecimal("1000.00"));

    private final StatementMatcher matcher = new StatementMatcher();

    @Test
    void matchesExactlyOnReferencePayerAndAmount() {
        StatementMatcher.Match match = matcher.match(line("1000.00", "华东医疗器械有限公司", "货款 HT-2026-0001"),
                List.of(HOSPITAL, CLINIC, OTHER));
        assertThat(match.status()).isEqualTo(StatementMatcher.Status.MATCHED);
        assertThat(match.invoice()).isEqualTo(HOSPITAL);
    }

    @Test
    void leavesTwoCandidatesToAPerson() {
        StatementMatcher.Match match = matcher.match(line("1000.00", "华东医疗器械有限公司", "货款"), List.of(HOSPITAL, CLINIC, OTHER));
        assertThat(match.status()).isEqualTo(StatementMatcher.Status.REVIEW);
        assertThat(match.invoice()).isNull();
        assertThat(match.candidates()).containsExactly(HOSPITAL, CLINIC);
    }

    @Test
    void leavesAPartialPaymentToAPerson() {
        StatementMatcher.Match match = matcher.match(line("400.00", "华东医疗器械有限公司", "INV-1 first part"), List.of(HOSPITAL, CLINIC));
        assertThat(match.status()).isEqualTo(StatementMatcher.Status.REVIEW);
        assertThat(match.candidates()).containsExactly(HOSPITAL);
        assertThat(match.note()).contains("partial payment: 400.00 of 1000.00 owed");
    }

    @Test
    void readsAPayerNameWrittenDifferentlyAsTheCustomer() {
        StatementMatcher.Match match = matcher.match(line("1000.00", " 华东医疗器械（有限公司） ", null), List.of(HOSPITAL, OTHER));
        assertThat(match.status()).isEqualTo(StatementMatcher.Status.MATCHED);
        assertThat(match.invoice()).isEqualTo(HOSPITAL);
    }

    @Test
    void leavesAReferenceWhosePayerIsSomebodyElseToAPerson() {
        StatementMatcher.Match match = matcher.match(line("1000.00", "Beijing Dental Ltd", "HT-2026-0001"), List.of(HOSPITAL, OTHER));
        assertThat(match.status()).isEqualTo(StatementMatcher.Status.REVIEW);
        assertThat(match.note()).contains("is not its customer");
    }

    @Test
    void findsNothingForAPayerWithoutOpenInvoices() {
        assertThat(matcher.match(line("1000.00", "Unknown Co", null), List.of(HOSPITAL)).status())
                .isEqualTo(StatementMatcher.Status.UNMATCHED);
    }

    private static StatementLine line(String amount, String payer, String reference) {
        return new StatementLine(1, LocalDate.of(2026, 3, 2), new BigDecimal(amount), payer, reference, null);
    }
}
