package io.contracthub.hub.payment;

import java.util.Arrays;
import java.util.Optional;

/** The checklist a stall alert offers; the number is what a rep types in a chat reply. */
public enum BlockingReason {
    INVOICE_DETAILS_WRONG(1),
    CUSTOMER_PROCESS_CHANGED(2),
    BANK_ACCOUNT_FROZEN(3),
    OTHER(4);

    private final int number;

    BlockingReason(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** "3" or "BANK_ACCOUNT_FROZEN". */
    public static Optional<BlockingReason> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        return Arrays.stream(values())
                .filter(reason -> reason.name().equalsIgnoreCase(trimmed) || String.valueOf(reason.number).equals(trimmed))
                .findFirst();
    }
}
