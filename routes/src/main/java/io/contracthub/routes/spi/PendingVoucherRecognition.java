package io.contracthub.routes.spi;

/** Recognises the uploaded vouchers that are due and records each verdict as evidence. */
@FunctionalInterface
public interface PendingVoucherRecognition {

    /** Answers how many vouchers were looked at. */
    int recognizePending();
}
