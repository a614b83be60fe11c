package io.contracthub.routes.spi;

/** The 48-hour rule of the payment journey: finds invoice nodes that have waited too long without an update. */
public interface PaymentStalls {

    /** Journals an alert for every node newly stalled; answers how many. */
    int scan();
}
