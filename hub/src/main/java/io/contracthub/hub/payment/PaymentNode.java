package io.contracthub.hub.payment;

import java.util.Arrays;
import java.util.Optional;

/** The five nodes of an invoice's payment journey, in the order money travels. */
public enum PaymentNode {
    INVOICING_REQUESTED(1),
    INVOICE_RECEIVED(2),
    PAYMENT_STARTED(3),
    CUSTOMER_PAID(4),
    MONEY_ARRIVED(5);

    private final int number;

    PaymentNode(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public Optional<PaymentNode> next() {
        return number == 5 ? Optional.empty() : Optional.of(values()[number]);
    }

    public static Optional<PaymentNode> of(int number) {
        return Arrays.stream(values()).filter(node -> node.number == number).findFirst();
    }

    /** "3" or "PAYMENT_STARTED". */
    public static Optional<PaymentNode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if (trimmed.matches("[1-5]")) {
            return of(Integer.parseInt(trimmed));
        }
        return Arrays.stream(values()).filter(node -> node.name().equalsIgnoreCase(trimmed)).findFirst();
    }
}
