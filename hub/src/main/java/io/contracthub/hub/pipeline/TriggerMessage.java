package io.contracthub.hub.pipeline;

import java.time.Instant;

/**
 * What lands on a trigger queue: everything the receiving department needs to act without asking back.
 * The idempotency key is (contract id, trigger, contract version): a consumer that creates something in
 * another system uses it so a redelivered or replayed message never creates twice.
 */
public record TriggerMessage(String idempotencyKey, String trigger, String contractId, long contractVersion,
                             String lifecycle, String tier, Instant firedAt, ContractView.TermsView contract) {

    public static String idempotencyKey(String contractId, String trigger, long contractVersion) {
        return contractId + ":" + trigger + ":" + contractVersion;
    }
}
