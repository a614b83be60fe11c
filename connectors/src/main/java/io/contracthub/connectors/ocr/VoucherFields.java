package io.contracthub.connectors.ocr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the Chinese field labels both providers use (付款人户名, 金额/小写金额, 日期/交易日期, 流水号/回单编号, ...) into a
 * {@link RecognizedVoucher}. The exact label sets are not fully documented, so each field accepts several labels.
 */
public final class VoucherFields {

    private static final List<String> PAYER = List.of("付款人户名", "付款人名称", "付款方户名");
    private static final List<String> PAYEE = List.of("收款人户名", "收款人名称", "收款方户名");
    private static final List<String> AMOUNT = List.of("小写金额", "金额", "交易金额");
    private static final List<String> DATE = List.of("交易日期", "日期", "记账日期");
    private static final List<String> SERIAL = List.of("流水号", "交易流水号", "回单编号");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern DATE_PARTS = Pattern.compile("(\\d{4})\\D{0,2}(\\d{1,2})\\D{0,2}(\\d{1,2})");

    private VoucherFields() {
    }

    public static RecognizedVoucher from(String provider, Map<String, String> fields) {
        return new RecognizedVoucher(provider, first(fields, PAYER), first(fields, PAYEE), amount(first(fields, AMOUNT)),
                date(first(fields, DATE)), first(fields, SERIAL));
    }

    /** "¥1,234.50", "1234.5元", "RMB 1234.50" -> 1234.50; null when no number is found. */
    static BigDecimal amount(String text) {
        if (text == null) {
            return null;
        }
        Matcher number = NUMBER.matcher(text.replace(",", "").replace("，", ""));
        return number.find() ? new BigDecimal(number.group()) : null;
    }

    /** "2020年08月24日", "2020-08-24", "20200824" -> 2020-08-24; null when unreadable. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        Matcher parts = DATE_PARTS.matcher(text);
        if (!parts.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                    Integer.parseInt(parts.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String first(Map<String, String> fields, List<String> labels) {
        for (String label : labels) {
            String value = fields.get(label);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
