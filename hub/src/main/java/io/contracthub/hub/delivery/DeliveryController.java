package io.contracthub.hub.delivery;

import io.contracthub.hub.api.ApiException;
import io.contracthub.hub.persistence.Sha256;
import io.contracthub.hub.pipeline.ContractEvidenceService;
import io.contracthub.hub.pipeline.ContractView;
import io.contracthub.model.Evidence;
import io.contracthub.model.EvidenceOutcome;
import io.contracthub.model.EvidenceText;
import io.contracthub.model.EvidenceTime;
import io.contracthub.model.Facet;
import io.contracthub.model.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code POST /api/contracts/{id}/delivery}: the goods reached the customer, as the warehouse's delivery note (or the
 * ERP's outbound document) says. Journalled as DELIVERY evidence, once per document: with PAID it makes the contract
 * CLOSED (LifecycleDerivation).
 */
@RestController
public class DeliveryController {

    public static final String SOURCE_SYSTEM = "delivery-api";
    private static final Pattern DOCUMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

    public record DeliveryRequest(String document, String actor, String note, Instant occurredAt) {
    }

    private final ContractEvidenceService evidenceService;
    private final Clock clock;

    public DeliveryController(ContractEvidenceService evidenceService, Clock clock) {
        this.evidenceService = evidenceService;
        this.clock = clock;
    }

    @PostMapping("/api/contracts/{id}/delivery")
    @ResponseStatus(HttpStatus.CREATED)
    public ContractView delivered(@PathVariable String id, @RequestBody DeliveryRequest request) {
        Evidence evidence = evidence(request, clock.instant());
        // the document number is the source event id: recording the same delivery note again changes nothing
        return evidenceService.record(id, evidence,
                Sha256.hex(evidence.sourceEventId().getBytes(StandardCharsets.UTF_8)), null);
    }

    /** The DELIVERY evidence a request states, or a 400 naming every field that is wrong. */
    static Evidence evidence(DeliveryRequest request, Instant now) {
        Map<String, Object> problems = new LinkedHashMap<>();
        if (request.document() == null || !DOCUMENT.matcher(request.document()).matches()) {
            problems.put("document", "required: the delivery note or outbound document number (letters, digits . _ / -, up to 64)");
        }
        if (request.actor() == null || request.actor().isBlank()) {
            problems.put("actor", "required: who records the delivery");
        }
        Instant occurredAt = request.occurredAt() == null ? now : request.occurredAt();
        if (!EvidenceTime.isPlausible(occurredAt, now)) {
            problems.put("occurredAt", EvidenceTime.RULE);
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_field", "Some fields are missing or invalid",
                    Map.of("fields", problems));
        }
        String note = request.note() == null || request.note().isBlank() ? "" : ": " + request.note().strip();
        String reason = "delivered to the customer, delivery note " + request.document() + ", recorded by "
                + request.actor().strip() + note;
        List<Violation> violations = EvidenceText.validate(request.actor().strip(), reason, null);
        if (!violations.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_field", violations.get(0).field() + " "
                    + violations.get(0).message(), Map.of("field", "note"));
        }
        return new Evidence(Facet.DELIVERY, EvidenceOutcome.CONFIRMED, SOURCE_SYSTEM, "delivery:" + request.document(),
                occurredAt, request.actor().strip(), reason, null, null);
    }
}
