package io.contracthub.hub.console.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.hub.console.Elapsed;
import io.contracthub.hub.persistence.ContractHistoryRepository;
import io.contracthub.hub.persistence.ContractListRow;
import io.contracthub.hub.persistence.ContractRecord;
import io.contracthub.hub.persistence.ContractRepository;
import io.contracthub.hub.persistence.DeadLetter;
import io.contracthub.hub.persistence.DeadLetterRepository;
import io.contracthub.hub.persistence.JdbcOutboxStore;
import io.contracthub.hub.persistence.JournalEntry;
import io.contracthub.hub.persistence.JournalRepository;
import io.contracthub.hub.pipeline.ContractNotFoundException;
import io.contracthub.hub.pipeline.ContractView;
import io.contracthub.model.EvidenceOutcome;
import io.contracthub.model.Facet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads a contract's projection, journal, outbox, dead letters and notices into its page. */
@Component
public class ContractPageAssembler {

    private static final String ERP_DOCUMENTS = Facet.ERP_DOCUMENTS.name();

    private final ContractRepository contracts;
    private final JournalRepository journal;
    private final JdbcOutboxStore outbox;
    private final DeadLetterRepository deadLetters;
    private final ContractHistoryRepository history;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public ContractPageAssembler(ContractRepository contracts, JournalRepository journal, JdbcOutboxStore outbox,
                                 DeadLetterRepository deadLetters, ContractHistoryRepository history, ObjectMapper objectMapper,
                                 Clock clock) {
        this.contracts = contracts;
        this.journal = journal;
        this.outbox = outbox;
        this.deadLetters = deadLetters;
        this.history = history;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ContractPage page(String id) {
        ContractRecord record = contracts.find(id).orElseThrow(() -> new ContractNotFoundException(id));
        ContractListRow row = contracts.listRow(id).orElseThrow(() -> new ContractNotFoundException(id));
        ContractView view = view(record);
        List<JournalEntry> entries = journal.entries(id);
        Map<String, JournalEntry> bySourceEvent = entries.stream()
                .collect(Collectors.toMap(e -> e.sourceSystem() + "|" + e.sourceEventId(), Function.identity(), (a, b) -> b));
        List<JdbcOutboxStore.FiredTrigger> fired = outbox.firedFor(id);
        List<DeadLetter> letters = deadLetters.forContract(id);
        ContractView.TermsView terms = view.terms();
        return new ContractPage(id, record.contractNumber(), record.lifecycle(), record.tier(),
                Elapsed.between(row.lifecycleSince(), clock.instant()), ContractPage.customer(view), row.region(), row.salesRep(),
                terms == null || terms.totals() == null ? null : terms.totals().net(),
                terms == null || terms.totals() == null ? null : terms.totals().tax(),
                terms == null || terms.totals() == null ? null : terms.totals().gross(),
                view.facets() == null ? List.of() : view.facets().stream().map(f -> facet(f, bySourceEvent)).toList(),
                entries.stream().map(e -> timelineLine(e, fired)).toList(),
                fired.stream().map(t -> trigger(t, entries, letters)).toList(),
                history.notifications(id).stream().map(n -> new ContractPage.Notification(n.event(), n.channel(),
                        n.recipients(), n.title(), n.status(), n.sentAt())).toList(),
                new ContractPage.EvidenceForm(Arrays.stream(Facet.values()).map(Enum::name).toList(),
                        Arrays.stream(EvidenceOutcome.values()).map(Enum::name).toList(), UUID.randomUUID().toString()));
    }

    private ContractView view(ContractRecord record) {
        try {
            return objectMapper.readValue(record.viewJson(), ContractView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored projection of " + record.id() + " is unreadable", e);
        }
    }

    private static ContractPage.Facet facet(ContractView.FacetView facet, Map<String, JournalEntry> bySourceEvent) {
        JournalEntry settledBy = bySourceEvent.get(facet.lastSourceSystem() + "|" + facet.lastSourceEventId());
        return new ContractPage.Facet(facet.facet(), facet.status(), facet.required(), facet.lastOutcome(),
                facet.lastSourceSystem(), settledBy == null ? null : settledBy.actor(), facet.lastOccurredAt(),
                facet.lastReason());
    }

    private static ContractPage.TimelineLine timelineLine(JournalEntry entry, List<JdbcOutboxStore.FiredTrigger> fired) {
        return new ContractPage.TimelineLine(entry.seq(), entry.occurredAt(), entry.receivedAt(), entry.sourceSystem(),
                entry.actor(), entry.facet(), entry.outcome(), entry.reason(), entry.attachmentRef(), entry.lifecycleAfter(),
                entry.tierAfter(), fired.stream().filter(t -> t.journalSeq() == entry.seq())
                .map(JdbcOutboxStore.FiredTrigger::trigger).toList());
    }

    /**
     * How far a trigger got, best news first: the ERP document it created (journalled as ERP_DOCUMENTS evidence under the
     * trigger's idempotency key), else an open dead letter with its reason, else queued, else not yet published.
     */
    private static ContractPage.Trigger trigger(JdbcOutboxStore.FiredTrigger trigger, List<JournalEntry> entries,
                                                List<DeadLetter> letters) {
        Optional<JournalEntry> document = entries.stream()
                .filter(e -> ERP_DOCUMENTS.equals(e.facet()) && trigger.idempotencyKey().equals(e.sourceEventId()))
                .findFirst();
        Optional<DeadLetter> deadLetter = letters.stream()
                .filter(d -> trigger.idempotencyKey().equals(d.reference())).reduce((first, second) -> second);
        Instant firedAt = trigger.publishedAt();
        if (document.isPresent()) {
            return new ContractPage.Trigger(trigger.trigger(), trigger.destination(), firedAt, "contract.delivery.document",
                    document.get().reason(), null);
        }
        if (deadLetter.isPresent()) {
            return new ContractPage.Trigger(trigger.trigger(), trigger.destination(), firedAt, "contract.delivery.deadLettered",
                    deadLetter.get().reason(), deadLetter.get().id());
        }
        if (trigger.publishedAt() != null) {
            return new ContractPage.Trigger(trigger.trigger(), trigger.destination(), firedAt, "contract.delivery.queued",
                    trigger.destination(), null);
        }
        return new ContractPage.Trigger(trigger.trigger(), trigger.destination(), null, "contract.delivery.pending", "", null);
    }
}
