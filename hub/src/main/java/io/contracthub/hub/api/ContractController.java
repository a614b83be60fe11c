package io.contracthub.hub.api;

import io.contracthub.hub.persistence.ContractRecord;
import io.contracthub.hub.persistence.ContractRepository;
import io.contracthub.hub.persistence.JdbcOutboxStore;
import io.contracthub.hub.persistence.JournalRepository;
import io.contracthub.hub.pipeline.ContractNotFoundException;
import io.contracthub.model.ConfidenceTier;
import io.contracthub.model.LifecycleState;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/contracts")
public class ContractController {

    private final ContractRepository contracts;
    private final JournalRepository journal;
    private final JdbcOutboxStore outbox;

    public ContractController(ContractRepository contracts, JournalRepository journal, JdbcOutboxStore outbox) {
        this.contracts = contracts;
        this.journal = journal;
        this.outbox = outbox;
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> contract(@PathVariable String id) {
        return ResponseEntity.ok(contracts.find(id).orElseThrow(() -> new ContractNotFoundException(id)).viewJson());
    }

    @GetMapping("/{id}/timeline")
    public List<TimelineEntry> timeline(@PathVariable String id) {
        contracts.find(id).orElseThrow(() -> new ContractNotFoundException(id));
        List<JdbcOutboxStore.FiredTrigger> fired = outbox.firedFor(id);
        return journal.entries(id).stream().map(entry -> new TimelineEntry(entry.seq(), entry.receivedAt(),
                entry.occurredAt(), entry.sourceSystem(), entry.sourceEventId(), entry.facet(), entry.outcome(),
                entry.actor(), entry.reason(), entry.attachmentRef(), entry.payloadHash(), entry.lifecycleAfter(),
                entry.tierAfter(), fired.stream().filter(t -> t.journalSeq() == entry.seq())
                        .map(t -> new TimelineEntry.FiredTrigger(t.trigger(), t.destination(), t.idempotencyKey(), t.publishedAt()))
                        .toList())).toList();
    }

    @GetMapping
    public Page<ContractSummary> search(@RequestParam(required = false) String tier,
                                        @RequestParam(required = false) String state,
                                        @RequestParam(required = false) String number,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "20") int size) {
        checkOneOf("tier", tier, ConfidenceTier.values());
        checkOneOf("state", state, LifecycleState.values());
        Page.check(page, size);
        List<ContractSummary> items = contracts.search(tier, state, number, page, size).stream()
                .map(ContractSummary::of).toList();
        return new Page<>(items, page, size, contracts.count(tier, state, number));
    }

    private static void checkOneOf(String parameter, String value, Enum<?>[] allowed) {
        if (value != null && Arrays.stream(allowed).noneMatch(e -> e.name().equals(value))) {
            List<String> names = Arrays.stream(allowed).map(Enum::name).toList();
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_parameter", parameter + " must be one of "
                    + String.join(", ", names), Map.of("parameter", parameter, "allowed", names));
        }
    }

    public record ContractSummary(String id, String contractNumber, long version, String lifecycle, String tier,
                                  Instant updatedAt) {
        static ContractSummary of(ContractRecord record) {
            return new ContractSummary(record.id(), record.contractNumber(), record.version(), record.lifecycle(),
                    record.tier(), record.updatedAt());
        }
    }
}
