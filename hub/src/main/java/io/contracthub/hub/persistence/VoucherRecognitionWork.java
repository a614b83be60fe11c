package io.contracthub.hub.persistence;

import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Vouchers awaiting recognition as claimed work: every node reads the due ones and claims each by its row
 * ({@link WorkClaims#claimRow}), so two nodes never send one voucher to the provider at once; a failed attempt waits
 * {@link RetryPolicy#delay} (never less than the provider's retry-after); the last one is a dead letter (origin OCR).
 */
public class VoucherRecognitionWork {

    private final VoucherRepository vouchers;
    private final WorkClaims claims;
    private final TransactionTemplate transaction;
    private final RetryPolicy policy;
    private final Duration lease;
    private final Clock clock;

    public VoucherRecognitionWork(VoucherRepository vouchers, WorkClaims claims, TransactionTemplate transaction,
                                  RetryPolicy policy, Duration lease, Clock clock) {
        this.vouchers = vouchers;
        this.claims = claims;
        this.transaction = transaction;
        this.policy = policy;
        this.lease = lease;
        this.clock = clock;
    }

    /** Due vouchers this node now holds for {@code lease}; those another node claimed first are left out. */
    public List<VoucherRecord> claimDue(int max) {
        return vouchers.due(max).stream()
                .filter(due -> claims.claimRow(VoucherRepository.TABLE, VoucherRepository.AWAITING_RECOGNITION,
                        due.voucher().id(), due.nextAttemptAt(), lease))
                .map(VoucherRepository.Due::voucher)
                .toList();
    }

    /** The provider could not answer now: tried again after the backoff, or given up after the last attempt. */
    public void failed(VoucherRecord voucher, String provider, String error) {
        int attempts = voucher.attempts() + 1;
        if (!policy.exhausted(attempts)) {
            vouchers.retryLater(voucher.id(), clock.instant().plus(policy.delay(attempts)), error);
            return;
        }
        transaction.executeWithoutResult(status -> {
            if (vouchers.markDead(voucher.id(), error)) {
                claims.deadLetter(DeadLetter.Origin.OCR, provider, String.valueOf(voucher.id()), voucher.contractId(),
                        "recognition gave up after " + attempts + " attempts: " + error,
                        "voucher " + voucher.fileName() + " (" + voucher.contentType() + ", sha256 " + voucher.sha256() + ")");
            }
        });
    }
}
