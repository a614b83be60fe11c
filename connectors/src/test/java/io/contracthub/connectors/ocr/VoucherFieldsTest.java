package io.contracthub.connectors.ocr;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VoucherFieldsTest {

    @Test
    void readsTheFieldsUnderAnyOfTheirLabels() {
        RecognizedVoucher voucher = VoucherFields.from("p", Map.of("付款人名称", " 华东医疗器械有限公司 ", "小写金额", "¥813,600.32",
                "交易日期", "2026年11月21日", "回单编号", "SN1"));

        assertThat(voucher.payerName()).isEqualTo("华东医疗器械有限公司");
        assertThat(voucher.amount()).isEqualByComparingTo(new BigDecimal("813600.32"));
        assertThat(voucher.date()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(voucher.serialNumber()).isEqualTo("SN1");
    }

    @Test
    void amountsAndDatesInTheirCommonSpellings() {
        assertThat(VoucherFields.amount("1234.5元")).isEqualByComparingTo("1234.5");
        assertThat(VoucherFields.amount("RMB 1，234.50")).isEqualByComparingTo("1234.50");
        assertThat(VoucherFields.amount("壹万元整")).isNull();
        assertThat(VoucherFields.date("2026-11-02")).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(VoucherFields.date("20261102")).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(VoucherFields.date("2026-13-40")).isNull();
    }
}
