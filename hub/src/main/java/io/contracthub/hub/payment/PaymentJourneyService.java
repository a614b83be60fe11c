package io.contracthub.hub.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.hub.persistence.ContractRecord;
import io.contracthub.hub.persistence.ContractRepository;
import io.contracthub.hub.persistence.JournalRepository;
import io.contracthub.hub.persistence.Sha256;
import io.contracthub.hub.pipeline.ContractEvidenceService;
import io.contracthub.hub.pipeline.ContractNotFoundException;
import io.contracthub.hub.pipeline.ContractView;
import io.contracthub.model.Evidence;
import io.contracthub.model.EvidenceOutcome;
import io.contracthub.model.Facet;
import io.contracthub.model.Milestone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Records the facts of payment journeys as PAYMENT evidence on the contract's journal, and reads the journeys back
 * from it. After each fact it checks whether the contract is now paid (every invoice's money arrived, adding up to
 * the gross total to the fen) and then records that once, with milestone PAYMENT_COMPLETED: the lifecycle becomes PAID.
 */
@Service
public class PaymentJourneyService {

    /** Facts the hub states itself: stall alerts and "paid". */
    public static final String SOURCE_SYSTEM = "journey";

    private static final Logger log = LoggerFactory.getLogger(PaymentJourneyService.class);

    private final ContractEvidenceService evidenceService;
    private final ContractRepository contracts;
    private final JournalRepository journal;
    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;

    public PaymentJourneyService(ContractEvidenceService evidenceService, ContractRepository contracts,
                                 JournalRepository journal, JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.evidenceService = evidenceService;
        this.contracts = contracts;
        this.journal = journal;
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    /** What a journey is about, read off the contract's view. */
    public record ContractSummary(String id, String contractNumber, String lifecycle, String customerName,
                                 String salesRepId, String salesRepName, BigDecimal grossTotal) {

        /** A rep is named by their CRM id or their name. */
        public boolean isRep(String rep) {
            return rep.equals(salesRepId) || rep.equals(salesRepName);
        }
    }

    /** A contract's journey with what people need to read it. */
    public record ContractJourney(ContractSummary contract, PaymentJourney journey) {
    }

    @Transactional(readOnly = true)
    public ContractJourney journey(String contractId) {
        ContractRecord record = contracts.find(contractId).orElseThrow(() -> new ContractNotFoundException(contractId));
        ContractSummary summary = summary(record);
        return new ContractJourney(summary, PaymentJourney.derive(journal.entries(contractId), summary.grossTotal()));
    }

    /** The journeys of the contracts that are invoiced and not paid yet. */
    @Transactional(readOnly = true)
    public List<ContractJourney> openJourneys() {
        return jdbc.queryForList("SELECT id FROM contract WHERE lifecycle = 'INVOICED' ORDER BY updated_at", String.class)
                .stream().map(this::journey).toList();
    }

    /**
     * Journals one fact (idempotent per source event id) and, when it completes the payment, the PAID fact too.
     * Answers the contract as it stands afterwards.
     */
    @Transactional
    public ContractView record(String contractId, PaymentFact fact, String sourceSystem, String sourceEventId,
                               String actor, Instant occurredAt, String attachmentRef) {
        EvidenceOutcome outcome = fact.kind() == PaymentFact.Kind.ALERTED || fact.kind() == PaymentFact.Kind.REASON
                ? EvidenceOutcome.PENDING : EvidenceOutcome.CONFIRMED;
        Evidence evidence = new Evidence(Facet.PAYMENT, outcome, sourceSystem, sourceEventId, occurredAt, actor,
                fact.text(), null, null);
        ContractView view = evidenceService.record(contractId, evidence, hash(fact.text()), attachmentRef);
        return completeIfPaid(contractId, occurredAt).orElse(view);
    }

    private java.util.Optional<ContractView> completeIfPaid(String contractId, Instant at) {
        ContractJourney current = journey(contractId);
        PaymentJourney journey = current.journey();
        if (!journey.paid() || journey.paidRecorded() || !"INVOICED".equals(current.contract().lifecycle())) {
            return java.util.Optional.empty();
        }
        PaymentFact paid = PaymentFact.paid(journey.received(), "all " + journey.invoices().size()
                + " invoice(s) paid: " + journey.received().toPlainString() + " received, the gross total");
        Evidence evidence = new Evidence(Facet.PAYMENT, EvidenceOutcome.CONFIRMED, SOURCE_SYSTEM, "paid:" + contractId, at,
                SOURCE_SYSTEM, paid.text(), Milestone.PAYMENT_COMPLETED, null);
        log.info("Contract {} ({}) is paid: {} received", current.contract().contractNumber(), contractId,
                journey.received().toPlainString());
        return java.util.Optional.of(evidenceService.record(contractId, evidence, hash(paid.text()), null));
    }

    ContractSummary summary(ContractRecord record) {
        try {
            JsonNode terms = objectMapper.readTree(record.viewJson()).path("terms");
            JsonNode gross = terms.path("totals").path("gross");
            return new ContractSummary(record.id(), record.contractNumber(), record.lifecycle(),
                    text(terms.path("customer").path("name")), text(terms.path("salesRep").path("id")),
                    text(terms.path("salesRep").path("name")),
                    gross.isNumber() || gross.isTextual() ? new BigDecimal(gross.asText()) : null);
        } catch (IOException e) {
            throw new UncheckedIOException("stored contract view is unreadable", e);
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }

    private static String hash(String text) {
        return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
