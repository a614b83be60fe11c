package io.contracthub.hub.ocr;

import io.contracthub.connectors.ocr.RecognizedVoucher;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class VoucherMatcherTest {

    private static final VoucherMatcher.Expectation CONTRACT = new VoucherMatcher.Expectation("华东医疗器械(有限公司)",
            new BigDecimal("813600.32"), LocalDate.of(2026, 11, 20));
    private final VoucherMatcher matcher = new VoucherMatcher(new BigDecimal("0.50"));

    @Test
    void aMatchingVoucherHasNoReasons() {
        assertThat(matcher.reasons(voucher("华东医疗器械（有限公司） ", "813600.32", LocalDate.of(2026, 11, 20)), CONTRACT, false)).isEmpty();
    }

    @Test
    void fullWidthFormsBracketsAndSpacesDoNotMatter() {
        assertThat(NameNormaliser.normalise("华东 医疗器械（有限公司）")).isEqualTo(NameNormaliser.normalise("华东医疗器械(有限公司)"));
        assertThat(NameNormaliser.normalise("ＡＢＣ Trading")).isEqualTo("abctrading");
    }

    @Test
    void anAmountWithinTheToleranceIsAccepted() {
        assertThat(matcher.reasons(voucher("华东医疗器械有限公司", "813599.82", LocalDate.of(2026, 11, 21)), CONTRACT, false)).isEmpty();
    }

    @Test
    void anAmountBelowTheToleranceIsRefused() {
        assertThat(matcher.reasons(voucher("华东医疗器械有限公司", "813599.81", LocalDate.of(2026, 11, 21)), CONTRACT, false))
                .containsExactly("amount 813599.81 is less than the required down payment 813600.32");
    }

    @Test
    void aPaymentBeforeTheContractDateIsRefused() {
        assertThat(matcher.reasons(voucher("华东医疗器械有限公司", "813600.32", LocalDate.of(2026, 11, 19)), CONTRACT, false))
                .containsExactly("paid on 2026-11-19, before the contract date 2026-11-20");
    }

    @Test
    void aSerialNumberUsedByAnotherContractIsRefused() {
        assertThat(matcher.reasons(voucher("华东医疗器械有限公司", "813600.32", LocalDate.of(2026, 11, 21)), CONTRACT, true))
                .containsExactly("serial number SN-1 was already used for another contract");
    }

    @Test
    void everyBrokenRuleIsReported() {
        assertThat(matcher.reasons(voucher("华南贸易有限公司", "1.00", LocalDate.of(2026, 1, 1)), CONTRACT, true)).hasSize(4);
    }

    private static RecognizedVoucher voucher(String payer, String amount, LocalDate date) {
        return new RecognizedVoucher("test", payer, "Seller", new BigDecimal(amount), date, "SN-1");
    }
}
