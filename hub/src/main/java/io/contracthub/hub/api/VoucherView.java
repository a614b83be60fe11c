package io.contracthub.hub.api;

import io.contracthub.hub.persistence.VoucherRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A voucher as the API shows it: what was uploaded, read and decided, but not where the hub keeps the file. */
public record VoucherView(long id, String contractId, String fileName, String contentType, long sizeBytes, String sha256,
                          String status, int attempts, String lastError, String provider, String payerName,
                          BigDecimal amount, LocalDate paidOn, String serialNumber, String verdict, Instant uploadedAt,
                          Instant recognizedAt) {

    static VoucherView of(VoucherRecord voucher) {
        return new VoucherView(voucher.id(), voucher.contractId(), voucher.fileName(), voucher.contentType(),
                voucher.sizeBytes(), voucher.sha256(), voucher.status(), voucher.attempts(), voucher.lastError(),
                voucher.provider(), voucher.payerName(), voucher.amount(), voucher.paidOn(), voucher.serialNumber(),
                voucher.verdict(), voucher.uploadedAt(), voucher.recognizedAt());
    }
}
