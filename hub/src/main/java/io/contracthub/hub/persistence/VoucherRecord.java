package io.contracthub.hub.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An uploaded down-payment voucher, what OCR read off it, and the verdict. */
public record VoucherRecord(long id, String contractId, String fileName, String contentType, long sizeBytes, String sha256,
                            String storagePath, String status, int attempts, String lastError, String provider,
                            String payerName, BigDecimal amount, LocalDate paidOn, String serialNumber, String verdict,
                            Instant uploadedAt, Instant recognizedAt) {

    public static final String PENDING = "PENDING_RECOGNITION";
    public static final String VERIFIED = "VERIFIED";
    public static final String REJECTED = "REJECTED";
    public static final String UNREADABLE = "UNREADABLE";
    /** Recognition given up after its attempts (a dead letter of origin OCR names it); a replay makes it PENDING again. */
    public static final String DEAD = "DEAD_RECOGNITION";
}
