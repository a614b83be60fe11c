package io.contracthub.hub.esign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.esign.EsignClient;
import io.contracthub.hub.config.HubProperties;
import io.contracthub.hub.document.ContractDocumentSource;
import io.contracthub.hub.document.RenderedDocument;
import io.contracthub.hub.document.TriggerTerms;
import io.contracthub.hub.persistence.SignFlowRecord;
import io.contracthub.hub.persistence.SignFlowRepository;
import io.contracthub.model.ContractTerms;
import io.contracthub.routes.spi.SignFlowStarter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * Starts signing a contract in esign, on the contract's own document (the CRM's approved file, or rendered from its
 * terms with the company template), uploaded in esign's three steps, then the sign flow on that file. esign documents no idempotency for
 * create-by-file, so the hub keeps its own: the request is written under the trigger's idempotency key before the
 * call, and a redelivered trigger whose key already has a flow does nothing. (A crash between esign's answer and the
 * commit can still leave one extra flow in esign, unlinked; see the connector README.)
 */
@OnEsignEnabled
@Service
public class EsignSignFlowStarter implements SignFlowStarter {

    private static final Logger log = LoggerFactory.getLogger(EsignSignFlowStarter.class);

    private final EsignClient client;
    private final SignFlowRepository flows;
    private final SignFlowRequestFactory requests;
    private final SignFlowEvidence evidence;
    private final ContractDocumentSource documents;
    private final EsignDocumentUploader uploader;
    private final HubProperties.SignFlow config;
    private final ObjectMapper objectMapper;

    public EsignSignFlowStarter(EsignClient client, SignFlowRepository flows, SignFlowRequestFactory requests,
                                SignFlowEvidence evidence, ContractDocumentSource documents, EsignDocumentUploader uploader,
                                HubProperties properties, ObjectMapper objectMapper) {
        this.client = client;
        this.flows = flows;
        this.requests = requests;
        this.evidence = evidence;
        this.documents = documents;
        this.uploader = uploader;
        this.config = properties.connectors().esign().signFlow();
        this.objectMapper = objectMapper;
    }

    @Override
    public void start(String triggerMessageJson, String idempotencyKey) {
        JsonNode trigger = read(triggerMessageJson);
        String contractId = trigger.path("contractId").asText();
        JsonNode terms = trigger.path("contract");
        String segment = terms.path("customer").path("segment").asText(null);
        // a supplementary agreement (docs/amendments.md) is signed whatever the segment: legal asked for it
        String amendmentId = trigger.path("amendment").path("id").asText(null);
        if (amendmentId == null && !config.startsFor(segment)) {
            log.debug("Contract {} (segment {}) is not signed through esign", contractId, segment);
            return;
        }
        startOn(contractId, terms, idempotencyKey, amendmentId);
    }

    /** Renders, uploads and starts a flow on {@code termsJson} (the canonical terms) unless this key already has one. */
    void startOn(String contractId, JsonNode termsJson, String idempotencyKey) {
        startOn(contractId, termsJson, idempotencyKey, null);
    }

    /** As above; with an {@code amendmentId}, the flow of that amendment's supplementary agreement on the amended terms. */
    private void startOn(String contractId, JsonNode termsJson, String idempotencyKey, String amendmentId) {
        Optional<SignFlowRecord> existing = flows.findByIdempotencyKey(idempotencyKey);
        if (existing.isPresent() && existing.get().signFlowId() != null) {
            return;
        }
        if (existing.isEmpty()) {
            try {
                if (amendmentId == null) {
                    flows.insertRequested(contractId, idempotencyKey);
                } else {
                    flows.insertRequested(contractId, idempotencyKey, amendmentId);
                }
            } catch (DuplicateKeyException concurrent) {
                return;
            }
        }
        ContractTerms terms = TriggerTerms.of(termsJson, objectMapper);
        RenderedDocument document = documents.documentFor(contractId, terms, config.sellerOrgName());
        String fileId = uploader.upload(document);
        SignFlowRequestFactory.UploadedDocument uploaded =
                new SignFlowRequestFactory.UploadedDocument(fileId, document.fileName(), document.lastPage());
        String signFlowId = client.createSignFlowByFile(amendmentId == null ? requests.create(contractId, terms, uploaded)
                : requests.createSupplementary(contractId, terms, uploaded, amendmentId));
        evidence.recordCreated(contractId, idempotencyKey, signFlowId, fileId, TriggerTerms.sha256(termsJson));
        log.info("Started esign sign flow {} for contract {}{} on its own document (file {})", signFlowId, contractId,
                amendmentId == null ? "" : " (amendment " + amendmentId + ")", fileId);
    }

    private JsonNode read(String json) {
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The trigger message is not JSON", e);
        }
    }
}
