package io.contracthub.hub.api;

import io.contracthub.hub.persistence.Sha256;
import io.contracthub.hub.pipeline.ContractEvidenceService;
import io.contracthub.hub.pipeline.ContractView;
import io.contracthub.hub.pipeline.EvidenceCodec;
import io.contracthub.hub.pipeline.EvidenceKeyReusedException;
import io.contracthub.model.Evidence;
import io.contracthub.model.EvidenceText;
import io.contracthub.model.EvidenceTime;
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
import java.util.UUID;

/** {@code POST /api/contracts/{id}/evidence}: the override path, journalled with source system "manual". */
@RestController
public class ManualEvidenceController {

    public static final String SOURCE_SYSTEM = "manual";
    // the journal's source event id is "<contract id (39)>:<request id>" in 128 characters
    static final int MAX_REQUEST_ID = 80;

    private final ContractEvidenceService evidenceService;
    private final EvidenceCodec codec;
    private final Clock clock;

    public ManualEvidenceController(ContractEvidenceService evidenceService, EvidenceCodec codec, Clock clock) {
        this.evidenceService = evidenceService;
        this.codec = codec;
        this.clock = clock;
    }

    @PostMapping("/api/contracts/{id}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    public ContractView record(@PathVariable String id, @RequestBody ManualEvidenceRequest request) {
        check(request);
        checkLengths(request);
        Instant occurredAt = request.occurredAt() == null ? clock.instant() : request.occurredAt();
        if (!EvidenceTime.isPlausible(occurredAt, clock.instant())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_field", "occurredAt " + EvidenceTime.RULE,
                    Map.of("field", "occurredAt"));
        }
        Evidence evidence = new Evidence(request.facet(), request.outcome(), SOURCE_SYSTEM,
                // request ids are per contract, so one operator tool can reuse its own numbering across contracts
                id + ":" + (request.requestId() == null ? UUID.randomUUID().toString() : request.requestId()),
                occurredAt,
                request.actor().strip(), request.reason().strip(), request.milestone(), null);
        String payloadHash = Sha256.hex(codec.json(request).getBytes(StandardCharsets.UTF_8));
        try {
            return evidenceService.recordRequest(id, evidence, payloadHash, request.attachmentRef());
        } catch (EvidenceKeyReusedException e) {
            throw new ApiException(HttpStatus.CONFLICT, "request_id_reused", "requestId " + request.requestId()
                    + " was already used for other evidence on this contract: send the same body to retry, or a new requestId",
                    Map.of("field", "requestId"));
        }
    }

    private static void check(ManualEvidenceRequest request) {
        Map<String, Object> missing = new LinkedHashMap<>();
        if (request.facet() == null) {
            missing.put("facet", "required");
        }
        if (request.outcome() == null) {
            missing.put("outcome", "required");
        }
        if (request.actor() == null || request.actor().isBlank()) {
            missing.put("actor", "required: who records this evidence");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            missing.put("reason", "required: why, for the audit timeline");
        }
        if (request.requestId() != null && (request.requestId().isBlank() || request.requestId().length() > MAX_REQUEST_ID)) {
            missing.put("requestId", "1 to " + MAX_REQUEST_ID + " characters");
        }
        if (!missing.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "missing_field", "Required fields are missing or invalid",
                    Map.of("fields", missing));
        }
    }

    private static void checkLengths(ManualEvidenceRequest request) {
        List<Violation> violations = EvidenceText.validate(request.actor().strip(), request.reason().strip(),
                request.attachmentRef());
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_field", first.field() + " " + first.message(),
                    Map.of("field", first.field(), "violations", violations.stream()
                            .map(v -> Map.of("field", v.field(), "message", v.message())).toList()));
        }
    }
}
