package io.contracthub.model;

import java.util.regex.Pattern;

/**
 * Customer data as it may appear in a log line: never whole. A name keeps its first and last character, a credit code
 * its first 2 and last 2, a bank account its last 4. Vendors' free-text messages (which may quote what the hub sent)
 * go through {@link #text}, which masks anything shaped like a credit code or a bank account number.
 */
public final class LogMask {

    // a unified social credit code (GB 32100: 2 characters, 6 digits of region, 10 characters), or 10+ digits (an account)
    private static final Pattern CREDIT_CODE = Pattern.compile("(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])");
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("(?<!\\d)\\d{10,}(?!\\d)");

    private LogMask() {
    }

    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        int[] chars = name.strip().codePoints().toArray();
        if (chars.length <= 2) {
            return "*".repeat(chars.length);
        }
        return new String(chars, 0, 1) + "*".repeat(chars.length - 2) + new String(chars, chars.length - 1, 1);
    }

    public static String creditCode(String code) {
        return keep(code, 2, 2);
    }

    public static String bankAccount(String account) {
        return keep(account, 0, 4);
    }

    /** A free text with every credit code and bank account number in it masked. */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        String masked = CREDIT_CODE.matcher(text).replaceAll(match -> creditCode(match.group()));
        return ACCOUNT_NUMBER.matcher(masked).replaceAll(match -> bankAccount(match.group()));
    }

    private static String keep(String value, int head, int tail) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String stripped = value.strip();
        if (stripped.length() <= head + tail) {
            return "*".repeat(stripped.length());
        }
        return stripped.substring(0, head) + "*".repeat(stripped.length() - head - tail) + stripped.substring(stripped.length() - tail);
    }
}
