package io.contracthub.model;

import static io.contracthub.model.Fixtures.CREDIT_CODE;
import static io.contracthub.model.Fixtures.dec;
import static io.contracthub.model.Fixtures.line;
import static io.contracthub.model.Fixtures.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContractTermsValidationTest {

    private static final String WRONG_CHECK_CHARACTER = "91310000MA1FL8XQ38";

    @Test
    void the_example_contract_is_valid() {
        assertThat(Fixtures.validTerms().validate()).isEmpty();
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                arguments("contract number missing", terms().contractNumber(null), "terms.contractNumber"),
                arguments("contract number blank", terms().contractNumber("  "), "terms.contractNumber"),
                arguments("contract number over 64 characters", terms().contractNumber("H".repeat(65)), "terms.contractNumber"),
                arguments("customer missing", terms().customer(null), "terms.customer"),
                arguments("customer name missing", terms().customer(new Customer(null, CREDIT_CODE, "Shanghai", "MEDICAL")), "terms.customer.name"),
                arguments("customer credit code missing", terms().customer(new Customer("ACME", null, "Shanghai", "MEDICAL")), "terms.customer.creditCode"),
                arguments("customer credit code invalid", terms().customer(new Customer("ACME", WRONG_CHECK_CHARACTER, null, null)), "terms.customer.creditCode"),
                arguments("currency not CNY", terms().currency("USD"), "terms.currency"),
                arguments("currency missing", terms().currency(null), "terms.currency"),
                arguments("lines missing", terms().lines((List<ContractLine>) null), "terms.lines"),
                arguments("lines empty", terms().lines(List.of()), "terms.lines"),
                arguments("a line missing", terms().lines(Arrays.asList((ContractLine) null)), "terms.lines[0]"),
                arguments("second line without product code", terms().lines(line("1", "1", "0.13"), new ContractLine(" ", "x", dec("1"), dec("1"), dec("0.13"))), "terms.lines[1].productCode"),
                arguments("quantity zero", terms().lines(line("0", "1", "0.13")), "terms.lines[0].quantity"),
                arguments("quantity negative", terms().lines(line("-1", "1", "0.13")), "terms.lines[0].quantity"),
                arguments("quantity missing", terms().lines(new ContractLine("P", "x", null, dec("1"), dec("0.13"))), "terms.lines[0].quantity"),
                arguments("unit price negative", terms().lines(line("1", "-0.01", "0.13")), "terms.lines[0].unitPriceExclTax"),
                arguments("unit price missing", terms().lines(new ContractLine("P", "x", dec("1"), null, dec("0.13"))), "terms.lines[0].unitPriceExclTax"),
                arguments("tax rate 1", terms().lines(line("1", "1", "1")), "terms.lines[0].taxRate"),
                arguments("tax rate negative", terms().lines(line("1", "1", "-0.01")), "terms.lines[0].taxRate"),
                arguments("tax rate missing", terms().lines(new ContractLine("P", "x", dec("1"), dec("1"), null)), "terms.lines[0].taxRate"),
                arguments("payment terms missing", terms().paymentTerms(null), "terms.paymentTerms"),
                arguments("both percent and amount", terms().paymentTerms(new PaymentTerms(dec("30"), dec("1000"), 60)), "terms.paymentTerms"),
                arguments("neither percent nor amount", terms().paymentTerms(new PaymentTerms(null, null, 60)), "terms.paymentTerms"),
                arguments("percent zero", terms().paymentTerms(new PaymentTerms(dec("0"), null, 60)), "terms.paymentTerms.downPaymentPercent"),
                arguments("percent over 100", terms().paymentTerms(new PaymentTerms(dec("100.01"), null, 60)), "terms.paymentTerms.downPaymentPercent"),
                arguments("amount negative", terms().paymentTerms(new PaymentTerms(null, dec("-1"), 60)), "terms.paymentTerms.downPaymentAmount"),
                arguments("amount over gross total", terms().paymentTerms(new PaymentTerms(null, dec("2712000.01"), 60)), "terms.paymentTerms.downPaymentAmount"),
                arguments("credit days negative", terms().paymentTerms(new PaymentTerms(dec("30"), null, -1)), "terms.paymentTerms.creditDays"),
                arguments("invoice tax number invalid", terms().invoice(new InvoiceTitle("ACME", WRONG_CHECK_CHARACTER)), "terms.invoice.taxNumber"),
                arguments("contract number with a control character", terms().contractNumber("HT-2026\u0007-0001"), "terms.contractNumber"),
                arguments("contract number with a newline", terms().contractNumber("HT-2026-0001\n"), "terms.contractNumber"),
                arguments("contract number with a right-to-left override", terms().contractNumber("HT-\u202E1000-TH"), "terms.contractNumber"),
                arguments("contract number with a right-to-left mark", terms().contractNumber("HT-2026\u200F-0001"), "terms.contractNumber"),
                arguments("contract number with a zero-width space", terms().contractNumber("HT-2026\u200B-0001"), "terms.contractNumber"),
                arguments("contract number with a line separator", terms().contractNumber("HT-2026\u2028-0001"), "terms.contractNumber"),
                arguments("contract number with markup", terms().contractNumber("HT-<b>2026</b>"), "terms.contractNumber"),
                arguments("contract number with an ampersand", terms().contractNumber("HT-2026&amp;1"), "terms.contractNumber"),
                arguments("quantity of 1e999", terms().lines(line("1e999", "1", "0.13")), "terms.lines[0].quantity"),
                arguments("quantity over 10^9", terms().lines(line("1000000000.0001", "1", "0.13")), "terms.lines[0].quantity"),
                arguments("quantity with 5 decimals", terms().lines(line("1.00001", "1", "0.13")), "terms.lines[0].quantity"),
                arguments("quantity of 1e-999", terms().lines(line("1e-999", "1", "0.13")), "terms.lines[0].quantity"),
                arguments("unit price of 1e999", terms().lines(line("1", "1e999", "0.13")), "terms.lines[0].unitPriceExclTax"),
                arguments("unit price over 10^13 yuan", terms().lines(line("1", "10000000000000.01", "0")), "terms.lines[0].unitPriceExclTax"),
                arguments("unit price with 7 decimals", terms().lines(line("1", "0.0000001", "0.13")), "terms.lines[0].unitPriceExclTax"),
                arguments("unit price with 60 digits", terms().lines(line("1", "0." + "3".repeat(59), "0.13")), "terms.lines[0].unitPriceExclTax"),
                arguments("tax rate with 5 decimals", terms().lines(line("1", "1", "0.13005")), "terms.lines[0].taxRate"),
                arguments("gross total over 10^13 yuan", terms().lines(line("1", "9000000000000", "0.13")), "terms.totals.gross"),
                arguments("gross total over 10^13 yuan across lines", terms().lines(line("1000", "6000000000", "0"), line("1000", "6000000000", "0")), "terms.totals.gross"),
                arguments("percent with 5 decimals", terms().paymentTerms(new PaymentTerms(dec("33.33333"), null, 60)), "terms.paymentTerms.downPaymentPercent"),
                arguments("amount with 3 decimals", terms().paymentTerms(new PaymentTerms(null, dec("1000.001"), 60)), "terms.paymentTerms.downPaymentAmount"),
                arguments("amount of 1e999", terms().paymentTerms(new PaymentTerms(null, dec("1e999"), 60)), "terms.paymentTerms.downPaymentAmount"),
                arguments("credit days over 10 years", terms().paymentTerms(new PaymentTerms(dec("30"), null, 3651)), "terms.paymentTerms.creditDays"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("brokenRules")
    void each_broken_rule_is_reported_at_its_field_path(String rule, Fixtures.TermsBuilder terms, String field) {
        assertThat(terms.build().validate()).extracting(Violation::field).containsExactly(field);
    }

    static Stream<Arguments> boundaryValues() {
        return Stream.of(
                arguments("contract number of 64 characters", terms().contractNumber("H".repeat(64))),
                arguments("unit price zero", terms().lines(line("1", "0", "0.13"))),
                arguments("tax rate zero", terms().lines(line("1", "1", "0"))),
                arguments("percent 100", terms().paymentTerms(new PaymentTerms(dec("100"), null, 60))),
                arguments("amount zero", terms().paymentTerms(new PaymentTerms(null, dec("0"), 60))),
                arguments("amount equal to the gross total", terms().paymentTerms(new PaymentTerms(null, dec("2712000.00"), 60))),
                arguments("credit days zero", terms().paymentTerms(new PaymentTerms(dec("30"), null, 0))),
                arguments("credit days absent", terms().paymentTerms(new PaymentTerms(dec("30"), null, null))),
                arguments("invoice absent", terms().invoice(null)),
                arguments("invoice without tax number", terms().invoice(new InvoiceTitle("ACME", null))),
                arguments("customer without segment or region", terms().customer(new Customer("ACME", CREDIT_CODE, null, null))),
                arguments("contract number in Chinese with full-width brackets", terms().contractNumber("沪销〔2026〕第001号 (A/B)")),
                arguments("quantity of 10^9", terms().lines(line("1000000000", "0.01", "0"))),
                arguments("quantity with 4 decimals", terms().lines(line("0.0001", "1", "0.13"))),
                arguments("unit price below the fen with 6 decimals", terms().lines(line("3", "0.335001", "0.13"))),
                arguments("unit price written in exponent notation", terms().lines(line("1", "2.4E+6", "0.13"))),
                arguments("tax rate with 4 decimals", terms().lines(line("1", "1", "0.1234"))),
                arguments("tax rate with trailing zeros", terms().lines(line("1", "1", "0.13000000"))),
                arguments("gross total of exactly 10^13 yuan", terms().lines(line("1", "10000000000000", "0"))),
                arguments("percent with 4 decimals", terms().paymentTerms(new PaymentTerms(dec("33.3333"), null, 60))),
                arguments("amount with trailing zeros beyond the fen", terms().paymentTerms(new PaymentTerms(null, dec("1000.0000"), 60))),
                arguments("credit days of 10 years", terms().paymentTerms(new PaymentTerms(dec("30"), null, 3650))));
    }

    @ParameterizedTest(name = "{0} is valid")
    @MethodSource("boundaryValues")
    void values_on_the_boundary_are_accepted(String description, Fixtures.TermsBuilder terms) {
        assertThat(terms.build().validate()).isEmpty();
    }

    @Test
    void terms_made_only_of_nulls_yield_violations_not_an_exception() {
        ContractTerms empty = new ContractTerms(null, null, null, null, null, null, null, null, null, null);

        assertThat(empty.validate()).extracting(Violation::field).containsExactlyInAnyOrder(
                "terms.contractNumber", "terms.customer", "terms.currency", "terms.lines", "terms.paymentTerms");
    }

    @Test
    void a_line_of_nulls_with_a_fixed_down_payment_yields_violations_not_an_exception() {
        List<ContractLine> lines = new ArrayList<>();
        lines.add(new ContractLine(null, null, null, null, null));
        ContractTerms terms = terms().lines(lines).paymentTerms(new PaymentTerms(null, dec("1000"), null)).build();

        assertThatCode(terms::validate).doesNotThrowAnyException();
        assertThat(terms.validate()).extracting(Violation::field).containsExactly(
                "terms.lines[0].productCode", "terms.lines[0].quantity", "terms.lines[0].unitPriceExclTax",
                "terms.lines[0].taxRate");
    }

    @Test
    void every_violation_explains_itself() {
        ContractTerms empty = new ContractTerms(null, null, null, null, null, null, null, null, null, null);

        assertThat(empty.validate()).allSatisfy(violation -> assertThat(violation.message()).isNotBlank());
    }
}
