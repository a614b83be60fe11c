package io.contracthub.hub.esign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.esign.EsignClient;
import io.contracthub.hub.config.HubProperties;
import io.contracthub.hub.persistence.SignFlowRecord;
import io.contracthub.hub.persistence.SignFlowRepository;
import io.contracthub.routes.spi.SignFlowStarter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * Starts signing a contract in esign. esign documents no idempotency for create-by-file, so the hub keeps its own:
 * the request is written under the trigger's idempotency key before the call, and a redelivered trigger whose key
 * already has a flow does nothing. (A crash between esign's answer and the commit can still leave one extra flow in
 * esign, unlinked; see the connector README.)
 */
@OnEsignEnabled
@Service
public class EsignSignFlowStarter implements SignFlowStarter {

    private static final Logger log = LoggerFactory.getLogger(EsignSignFlowStarter.class);

    private final EsignClient client;
    private final SignFlowRepository flows;
    private final SignFlowRequestFactory requests;
    private final SignFlowEvidence evidence;
    private final HubProperties.SignFlow config;
    private final ObjectMapper objectMapper;

    public EsignSignFlowStarter(EsignClient client, SignFlowRepository flows, SignFlowRequestFactory requests,
                                SignFlowEvidence evidence, HubProperties properties, ObjectMapper objectMapper) {
        this.client = client;
        this.flows = flows;
        this.requests = requests;
        this.evidence = evidence;
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
        String signFlowId = client.createSignFlowByFile(amendmentId == null ? requests.create(contractId, terms)
                : requests.createSupplementary(contractId, terms, amendmentId));
        evidence.recordCreated(contractId, idempotencyKey, signFlowId);
        log.info("Started esign sign flow {} for contract {}", signFlowId, contractId);
    }

    private JsonNode read(String json) {
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The trigger message is not JSON", e);
        }
    }
}
