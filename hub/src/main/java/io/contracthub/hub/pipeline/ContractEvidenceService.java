package io.contracthub.hub.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.hub.config.HubProperties;
import io.contracthub.hub.persistence.ContractRecord;
import io.contracthub.hub.persistence.ContractRepository;
import io.contracthub.hub.persistence.JdbcInboxStore;
import io.contracthub.hub.persistence.JdbcOutboxStore;
import io.contracthub.hub.persistence.JournalEntry;
import io.contracthub.hub.persistence.JournalRepository;
import io.contracthub.model.Contract;
import io.contracthub.model.Evidence;
import io.contracthub.model.FacetRules;
import io.contracthub.model.Transition;
import io.contracthub.routes.spi.EvidenceRecorder;
import io.contracthub.routes.spi.InboxItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;

/**
 * The one place evidence becomes state. In one transaction: lock the contract, rebuild it from its journal,
 * apply the evidence, append the journal entry, store the new projection, and write the trigger messages
 * its transition fires into the outbox.
 */
@Service
public class ContractEvidenceService implements EvidenceRecorder {

    private static final Logger log = LoggerFactory.getLogger(ContractEvidenceService.class);

    private final ContractRepository contracts;
    private final JournalRepository journal;
    private final JdbcOutboxStore outbox;
    private final JdbcInboxStore inbox;
    private final TriggerRules triggerRules;
    private final FacetRules facetRules;
    private final EvidenceCodec codec;
    private final Clock clock;
    private final ObjectMapper objectMapper;
    private final AmendmentSignFlowEvidence amendmentFlows;
    private final AmendmentEffects amendmentEffects;

    public ContractEvidenceService(ContractRepository contracts, JournalRepository journal, JdbcOutboxStore outbox,
                                   JdbcInboxStore inbox, TriggerRules triggerRules, FacetRules facetRules,
                                   EvidenceCodec codec, Clock clock, ObjectMapper objectMapper,
                                   AmendmentSignFlowEvidence amendmentFlows, AmendmentEffects amendmentEffects) {
        this.amendmentFlows = amendmentFlows;
        this.amendmentEffects = amendmentEffects;
        this.contracts = contracts;
        this.journal = journal;
        this.outbox = outbox;
        this.inbox = inbox;
        this.triggerRules = triggerRules;
        this.facetRules = facetRules;
        this.codec = codec;
        this.clock = clock;
        this.objectMapper = objectMapper;
    }

    @Override
    @Transactional
    public void recordFromInbox(InboxItem item) {
        if (CanonicalEvidenceValidator.isIgnorable(readTree(item.canonicalJson()))) {
            inbox.markProcessed(item.id());
            return;
        }
        Evidence evidence = codec.fromCanonical(item.system(), item.canonicalJson());
        JsonNode attachmentRef = readTree(item.canonicalJson()).path("attachmentRef");
        apply(contractIdFor(item, evidence), evidence, item.payloadHash(), attachmentRef.isTextual() ? attachmentRef.asText() : null);
        inbox.markProcessed(item.id());
    }

    /**
     * Evidence stating the terms names its contract by number and may create it. Other evidence names the contract by
     * its source's own key (an esign signFlowId, ...), linked when the hub started that process; an unknown key fails,
     * so the message is retried and finally dead-lettered rather than attached to a contract that does not exist.
     */
    private String contractIdFor(InboxItem item, Evidence evidence) {
        if (evidence.terms() != null) {
            return contracts.findIdByNumber(item.contractKey())
                    .orElseGet(() -> contracts.create(item.contractKey(), "{}"));
        }
        return contracts.findIdByExternalKey(item.system(), item.contractKey())
                // people name the contract by its number (a WeCom/DingTalk "approve HT-2026-0001")
                .or(() -> contracts.findIdByNumber(item.contractKey()))
                .orElseThrow(() -> new UnknownContractKeyException(item.system(), item.contractKey()));
    }

    private JsonNode readTree(String canonicalJson) {
        try {
            return objectMapper.readTree(canonicalJson);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored canonical evidence is unreadable", e);
        }
    }

    /**
     * Records evidence stating terms, naming its contract by number and creating it when new (as a CRM event does).
     * Answers false when the contract had this evidence already (the same key, e.g. the same register row imported
     * again): nothing changes then.
     */
    @Transactional
    public boolean recordTerms(Evidence evidence, String payloadHash) {
        String number = evidence.terms().contractNumber();
        String contractId = contracts.findIdByNumber(number).orElseGet(() -> contracts.create(number, "{}"));
        contracts.lock(contractId).orElseThrow(() -> new ContractNotFoundException(contractId));
        if (journal.payloadHash(contractId, evidence.sourceSystem(), evidence.sourceEventId()).isPresent()) {
            return false;
        }
        apply(contractId, evidence, payloadHash, null);
        return true;
    }

    /** Records evidence on an existing contract; answers the contract as it stands afterwards. */
    @Transactional
    public ContractView record(String contractId, Evidence evidence, String payloadHash, String attachmentRef) {
        return apply(contractId, evidence, payloadHash, attachmentRef);
    }

    /**
     * Records evidence a caller sent with its own request id (the evidence's source event id): the same body again is
     * a retry and changes nothing, another body under the same id is refused, since the caller evidently means
     * something else than what was journalled.
     */
    @Transactional
    public ContractView recordRequest(String contractId, Evidence evidence, String payloadHash, String attachmentRef) {
        contracts.lock(contractId).orElseThrow(() -> new ContractNotFoundException(contractId));
        journal.payloadHash(contractId, evidence.sourceSystem(), evidence.sourceEventId())
                .filter(journalled -> !journalled.equals(payloadHash))
                .ifPresent(journalled -> {
                    throw new EvidenceKeyReusedException(evidence.sourceEventId());
                });
        return apply(contractId, evidence, payloadHash, attachmentRef);
    }

    /** The contract as its journal says it is, independent of the stored projection. */
    @Transactional(readOnly = true)
    public ContractView rebuild(String contractId) {
        ContractRecord record = contracts.find(contractId).orElseThrow(() -> new ContractNotFoundException(contractId));
        return ContractView.of(replay(contractId), record.contractNumber());
    }

    private ContractView apply(String contractId, Evidence stated, String payloadHash, String attachmentRef) {
        ContractRecord record = contracts.lock(contractId).orElseThrow(() -> new ContractNotFoundException(contractId));
        Evidence evidence = amendmentFlows.onContract(contractId, stated);
        Contract current = replay(contractId);
        if (current.hasApplied(evidence.key())) {
            return ContractView.of(current, record.contractNumber());
        }
        Contract next = current.apply(evidence, attachmentRef);
        Instant now = clock.instant();
        journal.append(new JournalEntry(contractId, next.version(), evidence.sourceSystem(), evidence.sourceEventId(),
                evidence.facet().name(), evidence.outcome().name(), evidence.actor(), evidence.reason(), attachmentRef,
                evidence.occurredAt(), now, payloadHash, codec.write(evidence), next.lifecycle().name(), next.tier().name()));
        ContractView view = ContractView.of(next, record.contractNumber());
        if (next.lifecycle() != current.lifecycle()) {
            log.info("Contract {} ({}) moved from {} to {} ({}) on {} {} from {}", record.contractNumber(), contractId,
                    current.lifecycle(), next.lifecycle(), next.tier(), evidence.facet(), evidence.outcome(),
                    evidence.sourceSystem());
        }
        contracts.update(contractId, next.version(), next.lifecycle().name(), next.tier().name(), codec.json(view),
                view.listing());
        for (HubProperties.Trigger trigger : triggerRules.firedBy(new Transition(current.lifecycle(), next.lifecycle()))) {
            if (!trigger.firesFrom(current.lifecycle())) {
                continue;
            }
            String key = TriggerMessage.idempotencyKey(contractId, trigger.name(), next.version());
            TriggerMessage message = new TriggerMessage(key, trigger.name(), contractId, next.version(),
                    next.lifecycle().name(), next.tier().name(), now, view.terms());
            outbox.insert(contractId, next.version(), trigger.name(), trigger.destination(), key, codec.json(message));
        }
        amendmentEffects.record(current, next, view, now);
        return view;
    }

    private Contract replay(String contractId) {
        Contract contract = Contract.empty(contractId, facetRules);
        for (JournalEntry entry : journal.entries(contractId)) {
            contract = contract.apply(codec.read(entry.evidenceJson()), entry.attachmentRef());
        }
        return contract;
    }
}
