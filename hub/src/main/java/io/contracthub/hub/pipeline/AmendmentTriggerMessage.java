package io.contracthub.hub.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What an amendment that took effect tells downstream (docs/amendments.md): the amended terms as a {@link TriggerMessage}
 * carries them, the amendment itself, the earlier message it amends (its idempotency key and contract version, from
 * which the ERP delivery finds the document to change) and, for finance, both gross amounts.
 */
public record AmendmentTriggerMessage(String idempotencyKey, String trigger, String contractId, long contractVersion,
                                      String lifecycle, String tier, Instant firedAt, ContractView.TermsView contract,
                                      Amendment amendment, Amends amends, Reversal reversal) {

    public record Amendment(String id, String status, String decidedBy, String reason, int signedRevision,
                            List<io.contracthub.model.TermsDifference> differences) {
    }

    /** The trigger message whose document this one changes. */
    public record Amends(String trigger, String idempotencyKey, long contractVersion) {
    }

    /** For finance: reverse the invoice issued for {@code invoicedGross}, issue one for {@code amendedGross}. */
    public record Reversal(BigDecimal invoicedGross, BigDecimal amendedGross, BigDecimal difference, String reason) {
    }
}
