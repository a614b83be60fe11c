package io.contracthub.hub.pipeline;

import io.contracthub.hub.persistence.ContractRepository;
import io.contracthub.hub.persistence.JdbcOutboxStore;
import io.contracthub.hub.persistence.JournalRepository;
import io.contracthub.hub.persistence.Sha256;
import io.contracthub.model.Evidence;
import io.contracthub.model.EvidenceOutcome;
import io.contracthub.model.Facet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/**
 * How a pending amendment is decided: legal's manual decision (journalled as AMENDMENT evidence from "legal" under
 * {@code <amendment id>:decision}, so the same decision sent again is one), or a sign flow for the supplementary
 * agreement, requested through the outbox to the esign starter like the contract's own.
 */
@Service
public class AmendmentDecisions {

    public static final String LEGAL = "legal";
    public static final String SIGN_FLOW_TRIGGER = "esign.amendment-sign-flow";
    public static final String SIGN_FLOW_QUEUE = "esign.sign-flow-requests";

    /** Why a decision is refused; the API turns each into its own 4xx. */
    public static final class NotDecidable extends RuntimeException {
        private final String code;

        NotDecidable(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public record SignFlowRequested(String amendmentId, String idempotencyKey, boolean requestedNow) {
    }

    private final ContractEvidenceService evidence;
    private final ContractRepository contracts;
    private final JdbcOutboxStore outbox;
    private final JournalRepository journal;
    private final EvidenceCodec codec;
    private final Clock clock;

    private final boolean esignEnabled;

    public AmendmentDecisions(ContractEvidenceService evidence, ContractRepository contracts, JdbcOutboxStore outbox,
                              JournalRepository journal, EvidenceCodec codec, Clock clock,
                              @Value("${hub.connectors.esign.enabled:false}") boolean esignEnabled) {
        this.esignEnabled = esignEnabled;
        this.journal = journal;
        this.evidence = evidence;
        this.contracts = contracts;
        this.outbox = outbox;
        this.codec = codec;
        this.clock = clock;
    }

    /** Legal puts the amendment into effect ({@code approve}) or refuses it; answers the contract afterwards. */
    @Transactional
    public ContractView decide(String contractId, String amendmentId, boolean approve, String decidedBy, String reason) {
        ContractView view = evidence.rebuild(contractId);
        ContractView.AmendmentView amendment = find(view, amendmentId);
        String decision = (approve ? "APPROVE" : "REJECT") + "\n" + decidedBy + "\n" + reason;
        Evidence decided = new Evidence(Facet.AMENDMENT, approve ? EvidenceOutcome.CONFIRMED : EvidenceOutcome.FAILED,
                LEGAL, amendmentId + ":decision", clock.instant(), decidedBy,
                (approve ? "amendment approved by legal: " : "amendment rejected by legal: ") + reason, null, null);
        String payloadHash = Sha256.hex(decision.getBytes(StandardCharsets.UTF_8));
        if (!"PENDING".equals(amendment.status())) {
            // the same decision again is a retry; any other word on a decided amendment is refused
            if (journal.payloadHash(contractId, LEGAL, decided.sourceEventId()).filter(payloadHash::equals).isPresent()) {
                return view;
            }
            throw new NotDecidable("amendment_not_pending", "amendment " + amendmentId + " is " + amendment.status()
                    + ", not pending: it was decided before");
        }
        try {
            return evidence.recordRequest(contractId, decided, payloadHash, null);
        } catch (EvidenceKeyReusedException e) {
            throw new NotDecidable("amendment_not_pending", "amendment " + amendmentId + " was decided before");
        }
    }

    /** Requests the supplementary agreement's sign flow once; a second request answers the first. */
    @Transactional
    public SignFlowRequested requestSignFlow(String contractId, String amendmentId) {
        contracts.lock(contractId).orElseThrow(() -> new ContractNotFoundException(contractId));
        if (!esignEnabled) {
            // the request would be acknowledged and dropped by the disabled starter
            throw new NotDecidable("esign_not_enabled", "esign is not enabled (hub.connectors.esign.enabled): "
                    + "a supplementary agreement cannot be signed there; legal can decide the amendment instead");
        }
        ContractView view = evidence.rebuild(contractId);
        ContractView.AmendmentView amendment = find(view, amendmentId);
        String key = contractId + ":" + SIGN_FLOW_TRIGGER + ":" + amendmentId;
        if (outbox.hasKey(key)) {
            return new SignFlowRequested(amendmentId, key, false);
        }
        if (!"PENDING".equals(amendment.status())) {
            throw new NotDecidable("amendment_not_pending", "amendment " + amendmentId + " is " + amendment.status()
                    + ", not pending: there is nothing left to sign");
        }
        Instant now = clock.instant();
        AmendmentTriggerMessage message = new AmendmentTriggerMessage(key, SIGN_FLOW_TRIGGER, contractId, view.version(),
                view.lifecycle(), view.tier(), now, view.terms(),
                new AmendmentTriggerMessage.Amendment(amendmentId, amendment.status(), null, null,
                        view.signedVersion().revision(), amendment.differences()), null, null);
        try {
            outbox.insert(contractId, view.version(), SIGN_FLOW_TRIGGER, SIGN_FLOW_QUEUE, key, codec.json(message));
        } catch (DuplicateKeyException concurrent) {
            return new SignFlowRequested(amendmentId, key, false);
        }
        return new SignFlowRequested(amendmentId, key, true);
    }

    private static ContractView.AmendmentView find(ContractView view, String amendmentId) {
        return view.amendments().stream().filter(a -> a.id().equals(amendmentId)).findFirst()
                .orElseThrow(() -> new NotDecidable("amendment_not_found", "contract " + view.id()
                        + " has no amendment " + amendmentId));
    }
}
