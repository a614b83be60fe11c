package io.contracthub.model;

import static io.contracthub.model.Fixtures.dec;
import static io.contracthub.model.Fixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/canonical-contract.md, "Money rule": round each line half-up to the fen, then add up. */
class MoneyRuleTest {

    @Test
    void line_net_is_quantity_times_unit_price_rounded_half_up_to_the_fen() {
        // 3 x 0.335 = 1.005
        assertThat(line("3", "0.335", "0.13").amounts().net()).isEqualTo(dec("1.01"));
    }

    @Test
    void line_rounding_is_half_up_not_half_even() {
        assertThat(line("1", "0.125", "0").amounts().net()).isEqualTo(dec("0.13"));
    }

    @Test
    void line_tax_is_the_rounded_net_times_the_rate_rounded_to_the_fen() {
        // 13% of 1.01 = 0.1313
        assertThat(line("3", "0.335", "0.13").amounts().tax()).isEqualTo(dec("0.13"));
    }

    @Test
    void line_gross_is_net_plus_tax() {
        assertThat(line("3", "0.335", "0.13").amounts()).isEqualTo(new LineAmounts(dec("1.01"), dec("0.13"), dec("1.14")));
    }

    @Test
    void totals_are_the_sums_of_the_rounded_lines_not_the_rounded_sums() {
        // Each line: net 0.05, tax 0.005 -> 0.01. Taxing the summed net (0.10) would give only 0.01.
        Totals totals = Totals.of(List.of(line("1", "0.05", "0.10"), line("1", "0.05", "0.10")));

        assertThat(totals).isEqualTo(new Totals(dec("0.10"), dec("0.02"), dec("0.12")));
    }

    @Test
    void totals_of_no_lines_are_zero_to_the_fen() {
        assertThat(Totals.of(List.of())).isEqualTo(new Totals(dec("0.00"), dec("0.00"), dec("0.00")));
        assertThat(Totals.of(null)).isEqualTo(Totals.of(List.of()));
    }

    @Test
    void contract_totals_follow_from_its_lines() {
        // The example contract: one 2,400,000.00 scanner at 13% VAT.
        assertThat(Fixtures.validTerms().totals())
                .isEqualTo(new Totals(dec("2400000.00"), dec("312000.00"), dec("2712000.00")));
    }

    @Test
    void a_line_without_its_numbers_has_no_amounts() {
        ContractLine incomplete = new ContractLine("MRI-3T", null, null, dec("1"), dec("0.13"));

        assertThatIllegalStateException().isThrownBy(incomplete::amounts);
    }

    @Test
    void down_payment_percent_is_taken_of_the_gross_total() {
        Totals totals = Fixtures.validTerms().totals();

        assertThat(new PaymentTerms(dec("30"), null, 60).requiredDownPayment(totals)).isEqualTo(dec("813600.00"));
    }

    @Test
    void down_payment_percent_is_rounded_half_up_to_the_fen() {
        Totals totals = new Totals(dec("0.13"), dec("0.02"), dec("0.15"));

        // 50% of 0.15 = 0.075
        assertThat(new PaymentTerms(dec("50"), null, null).requiredDownPayment(totals)).isEqualTo(dec("0.08"));
    }

    @Test
    void down_payment_amount_is_taken_as_agreed() {
        Totals totals = Fixtures.validTerms().totals();

        assertThat(new PaymentTerms(null, dec("500000"), 60).requiredDownPayment(totals)).isEqualTo(dec("500000.00"));
    }

    @Test
    void no_down_payment_agreed_means_zero() {
        Totals totals = Fixtures.validTerms().totals();

        assertThat(new PaymentTerms(null, null, 30).requiredDownPayment(totals)).isZero();
    }
}
