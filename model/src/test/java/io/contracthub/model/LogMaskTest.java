package io.contracthub.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogMaskTest {

    @Test
    void aCustomerNameKeepsOnlyItsFirstAndLastCharacter() {
        assertThat(LogMask.name("华东医疗器械有限公司")).isEqualTo("华********司");
    }

    @Test
    void aCreditCodeKeepsTwoCharactersAtEachEnd() {
        assertThat(LogMask.creditCode("91310000MA1FL8XQ37")).isEqualTo("91**************37");
    }

    @Test
    void aBankAccountKeepsItsLastFourDigits() {
        assertThat(LogMask.bankAccount("6222020200112233445")).isEqualTo("***************3445");
    }

    @Test
    void aVendorsMessageLosesTheCreditCodesAndAccountsItQuotes() {
        String message = "customer 91310000MA1FL8XQ37 has no account 6222020200112233445 (order HT-2026-0001, 3 lines)";

        assertThat(LogMask.text(message))
                .isEqualTo("customer 91**************37 has no account ***************3445 (order HT-2026-0001, 3 lines)");
    }
}
