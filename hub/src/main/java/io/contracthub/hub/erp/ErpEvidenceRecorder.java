package io.contracthub.hub.erp;

import io.contracthub.connectors.erp.ErpDocument;
import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.hub.persistence.Sha256;
import io.contracthub.hub.pipeline.ContractEvidenceService;
import io.contracthub.hub.pipeline.ContractView;
import io.contracthub.model.Evidence;
import io.contracthub.model.EvidenceOutcome;
import io.contracthub.model.Facet;
import io.contracthub.model.Milestone;
import io.contracthub.routes.erp.ErpEvidence;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * An ERP document as ERP_DOCUMENTS evidence: "invoice HUB1A2B3C4D5E6F created in Kingdee (audited)". The source
 * event id is the trigger's idempotency key, so however often a trigger is delivered its document is journalled once.
 */
@Component
public class ErpEvidenceRecorder implements ErpEvidence {

    public static final String ACTOR = "erp-delivery";
    /** How the reason of an invoice's evidence starts: "invoice HUB1A2B3C4D5E6F created in Kingdee (audited)". */
    public static final String INVOICE_REASON_PREFIX = ErpOperation.INVOICE.label() + " ";
    private static final Map<String, String> NAMES = Map.of("kingdee", "Kingdee", "u8", "U8", "sap", "SAP");

    private static final Logger log = LoggerFactory.getLogger(ErpEvidenceRecorder.class);

    private final ContractEvidenceService evidenceService;
    private final Clock clock;
    private final MeterRegistry meters;

    public ErpEvidenceRecorder(ContractEvidenceService evidenceService, Clock clock, MeterRegistry meters) {
        this.evidenceService = evidenceService;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public void record(String contractId, String idempotencyKey, ErpDocument document) {
        String erp = NAMES.getOrDefault(document.system(), document.system());
        String verb = document.operation() == ErpOperation.SALES_ORDER_CHANGE ? " changed in "
                : document.createdNow() ? " created in " : " found in ";
        String reason = document.operation().label() + " " + document.number() + verb
                + erp + (document.status() == null ? "" : " (" + document.status() + ")");
        // an amended order reaches no new milestone: the order was created before
        Milestone milestone = switch (document.operation()) {
            case SALES_ORDER -> Milestone.ORDER_CREATED;
            case INVOICE -> Milestone.INVOICE_CREATED;
            case SALES_ORDER_CHANGE -> null;
        };
        Evidence evidence = new Evidence(Facet.ERP_DOCUMENTS, EvidenceOutcome.CONFIRMED, document.system(), idempotencyKey,
                clock.instant(), ACTOR, reason, milestone, null);
        String payloadHash = Sha256.hex((document.system() + "|" + document.operation() + "|" + document.number())
                .getBytes(StandardCharsets.UTF_8));
        ContractView contract = evidenceService.record(contractId, evidence, payloadHash, null);
        log.info("ERP document: {} for contract {} ({}), key {}", reason, contract.contractNumber(), contractId, idempotencyKey);
        if (document.createdNow()) {
            meters.counter("hub.erp.documents", "erp", document.system(),
                    "document", document.operation().name().toLowerCase(Locale.ROOT)).increment();
        }
    }
}
