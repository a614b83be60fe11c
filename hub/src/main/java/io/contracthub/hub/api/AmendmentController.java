package io.contracthub.hub.api;

import io.contracthub.hub.pipeline.AmendmentDecisions;
import io.contracthub.hub.pipeline.ContractEvidenceService;
import io.contracthub.hub.pipeline.ContractView;
import io.contracthub.model.EvidenceText;
import io.contracthub.model.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A contract's signed version and its amendments (docs/amendments.md): read them, have legal decide one, or send it
 * for signature as a supplementary agreement.
 */
@RestController
@RequestMapping("/api/contracts/{id}/amendments")
public class AmendmentController {

    private final ContractEvidenceService evidence;
    private final AmendmentDecisions decisions;

    public AmendmentController(ContractEvidenceService evidence, AmendmentDecisions decisions) {
        this.evidence = evidence;
        this.decisions = decisions;
    }

    public record Amendments(String contractId, String contractNumber, String tier, String tierReason,
                             ContractView.SignedVersionView signedVersion, ContractView.AmendmentView pending,
                             List<ContractView.AmendmentView> amendments) {
    }

    /** {@code decision}: APPROVE or REJECT; {@code decidedBy}: who in legal; {@code reason}: why. */
    public record DecisionRequest(String decision, String decidedBy, String reason) {
    }

    @GetMapping
    public Amendments amendments(@PathVariable String id) {
        ContractView view = evidence.rebuild(id);
        return new Amendments(view.id(), view.contractNumber(), view.tier(), view.tierReason(), view.signedVersion(),
                view.pendingAmendment(), view.amendments());
    }

    @PostMapping("/{amendmentId}/decision")
    public Amendments decide(@PathVariable String id, @PathVariable String amendmentId,
                             @RequestBody DecisionRequest request) {
        boolean approve = check(request);
        try {
            decisions.decide(id, amendmentId, approve, request.decidedBy().strip(), request.reason().strip());
        } catch (AmendmentDecisions.NotDecidable e) {
            throw refused(e);
        }
        return amendments(id);
    }

    @PostMapping("/{amendmentId}/sign-flow")
    public ResponseEntity<AmendmentDecisions.SignFlowRequested> signFlow(@PathVariable String id,
                                                                         @PathVariable String amendmentId) {
        try {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(decisions.requestSignFlow(id, amendmentId));
        } catch (AmendmentDecisions.NotDecidable e) {
            throw refused(e);
        }
    }

    private static ApiException refused(AmendmentDecisions.NotDecidable e) {
        HttpStatus status = "amendment_not_found".equals(e.code()) ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        return new ApiException(status, e.code(), e.getMessage());
    }

    private static boolean check(DecisionRequest request) {
        Map<String, Object> missing = new LinkedHashMap<>();
        if (request == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "missing_field", "A decision body is required");
        }
        if (!"APPROVE".equals(request.decision()) && !"REJECT".equals(request.decision())) {
            missing.put("decision", "required: APPROVE or REJECT");
        }
        if (request.decidedBy() == null || request.decidedBy().isBlank()) {
            missing.put("decidedBy", "required: who in legal decides");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            missing.put("reason", "required: why, for the audit timeline");
        }
        if (!missing.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "missing_field", "Required fields are missing or invalid",
                    Map.of("fields", missing));
        }
        List<Violation> violations = EvidenceText.validate(request.decidedBy().strip(), request.reason().strip(), null);
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            String field = "actor".equals(first.field()) ? "decidedBy" : first.field();
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_field", field + " " + first.message(),
                    Map.of("field", field));
        }
        return "APPROVE".equals(request.decision());
    }
}
