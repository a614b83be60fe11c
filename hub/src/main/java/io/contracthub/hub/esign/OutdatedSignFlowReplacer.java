package io.contracthub.hub.esign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.esign.EsignClient;
import io.contracthub.connectors.http.ConnectorException;
import io.contracthub.hub.document.TriggerTerms;
import io.contracthub.hub.persistence.ContractRecord;
import io.contracthub.hub.persistence.ContractRepository;
import io.contracthub.hub.persistence.SignFlowRepository;
import io.contracthub.model.LogMask;
import io.contracthub.routes.spi.SignFlowTermsCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * A document is bound to the terms it was made from. When a contract's terms change while its flow is still open
 * (nobody signed the whole document yet), a new document on the new terms is sent and the old flow revoked in esign.
 * The new flow's idempotency key names those terms, so a repeated check never sends it twice. After signing, the locked
 * terms rule (amendments) applies instead.
 */
@OnEsignEnabled
@Service
public class OutdatedSignFlowReplacer implements SignFlowTermsCheck {

    static final String REVOKE_REASON = "合同条款已变更，按新条款重新发起签署";
    private static final Logger log = LoggerFactory.getLogger(OutdatedSignFlowReplacer.class);
    private static final int BATCH = 50;

    private final SignFlowRepository flows;
    private final ContractRepository contracts;
    private final EsignClient client;
    private final EsignSignFlowStarter starter;
    private final ObjectMapper objectMapper;

    public OutdatedSignFlowReplacer(SignFlowRepository flows, ContractRepository contracts, EsignClient client,
                                    EsignSignFlowStarter starter, ObjectMapper objectMapper) {
        this.flows = flows;
        this.contracts = contracts;
        this.client = client;
        this.starter = starter;
        this.objectMapper = objectMapper;
    }

    @Override
    public int replaceOutdated() {
        int replaced = 0;
        for (SignFlowRepository.OpenFlow open : flows.openWithTerms(BATCH)) {
            Optional<JsonNode> terms = contracts.find(open.flow().contractId()).flatMap(this::terms);
            if (terms.isEmpty() || TriggerTerms.sha256(terms.get()).equals(open.termsSha256())) {
                continue;
            }
            try {
                // the new document first: should it fail, the old flow stays open and the next check tries again
                String newTerms = TriggerTerms.sha256(terms.get());
                starter.startOn(open.flow().contractId(), terms.get(), open.flow().contractId() + ":terms:" + newTerms);
                client.revokeSignFlow(open.flow().signFlowId(), REVOKE_REASON);
                flows.markChecked(open.flow().id(), true);
                log.info("Terms of contract {} changed before signing: revoked esign sign flow {} and sent the new document",
                        open.flow().contractId(), open.flow().signFlowId());
                replaced++;
            } catch (ConnectorException e) {
                log.warn("Could not replace esign sign flow {} of contract {}: {}", open.flow().signFlowId(),
                        open.flow().contractId(), LogMask.text(e.getMessage()));
            }
        }
        return replaced;
    }

    private Optional<JsonNode> terms(ContractRecord contract) {
        try {
            JsonNode terms = objectMapper.readTree(contract.viewJson()).path("terms");
            return terms.isObject() ? Optional.of(terms) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
