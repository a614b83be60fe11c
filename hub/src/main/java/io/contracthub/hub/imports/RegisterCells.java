package io.contracthub.hub.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the text of a register cell as the value its column holds; empty when it cannot. */
final class RegisterCells {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"));
    private static final List<String> YES = List.of("是", "已签", "已签约", "yes", "y", "true", "1");
    private static final List<String> NO = List.of("否", "未签", "未签约", "no", "n", "false", "0");

    private RegisterCells() {
    }

    /** A decimal as people type it: thousands separators and a leading ¥ are allowed. */
    static Optional<BigDecimal> decimal(String text) {
        String plain = text.replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").strip();
        if (plain.isEmpty() || plain.length() > 40 || !plain.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }

    /** A tax rate as a fraction (0.13) or a percentage (13%). */
    static Optional<BigDecimal> rate(String text) {
        String plain = text.strip();
        if (plain.endsWith("%") || plain.endsWith("％")) {
            return decimal(plain.substring(0, plain.length() - 1)).map(percent -> percent.movePointLeft(2));
        }
        return decimal(plain);
    }

    static Optional<LocalDate> date(String text) {
        String plain = text.strip();
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(plain, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    static Optional<Integer> wholeNumber(String text) {
        return decimal(text).filter(value -> value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0)
                .map(BigDecimal::intValue);
    }

    static Optional<Boolean> yesNo(String text) {
        String plain = text.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(plain)) {
            return Optional.of(true);
        }
        return NO.contains(plain) ? Optional.of(false) : Optional.empty();
    }

    static boolean isAccountNumber(String text) {
        return text.replace(" ", "").matches("\\d{6,40}");
    }
}
