package io.contracthub.hub.console.contract;

import io.contracthub.hub.console.Elapsed;
import io.contracthub.hub.pipeline.ContractView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One contract's whole story as the contract page shows it. */
public record ContractPage(String id, String contractNumber, String lifecycle, String tier, Elapsed inState,
                           String customer, String region, String rep, BigDecimal net, BigDecimal tax, BigDecimal gross,
                           List<Facet> facets, List<TimelineLine> timeline, List<Trigger> triggers,
                           List<Notification> notifications, EvidenceForm evidenceForm) {

    /** A facet and the evidence that last settled it. */
    public record Facet(String facet, String status, boolean required, String outcome, String source, String actor,
                        Instant occurredAt, String reason) {
    }

    /** A journal entry and the state it left the contract in. */
    public record TimelineLine(long seq, Instant occurredAt, Instant receivedAt, String source, String actor, String facet,
                               String outcome, String reason, String attachmentRef, String lifecycleAfter,
                               String tierAfter, List<String> triggers) {
    }

    /** A trigger the contract fired and how far its delivery got: a message key and its one argument. */
    public record Trigger(String name, String destination, Instant firedAt, String deliveryKey, String deliveryDetail,
                          Long deadLetterId) {
    }

    public record Notification(String event, String channel, String recipients, String title, String status,
                               Instant sentAt) {
    }

    /** The manual evidence form's choices and a fresh request id, so a double submit is recorded once. */
    public record EvidenceForm(List<String> facets, List<String> outcomes, String requestId) {
    }

    static String customer(ContractView view) {
        return view.terms() == null || view.terms().customer() == null ? null : view.terms().customer().name();
    }
}
