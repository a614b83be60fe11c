package io.contracthub.hub.contract360;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.connectors.erp.ErpReference;
import io.contracthub.hub.persistence.ContractRecord;
import io.contracthub.hub.persistence.ContractRepository;
import io.contracthub.hub.persistence.JdbcOutboxStore;
import io.contracthub.hub.persistence.SignFlowRecord;
import io.contracthub.hub.persistence.SignFlowRepository;
import io.contracthub.hub.pipeline.ContractNotFoundException;
import io.contracthub.hub.pipeline.ContractView;
import io.contracthub.routes.erp.ErpDeliveryInput;
import io.contracthub.routes.erp.ErpDeliveryRoutes;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Reads from the hub's own store what the sources need: the contract's number and customer, the ERP references its
 * triggers asked for (the ERP documents are filed under ErpReference.of(idempotency key)), its latest sign flow.
 */
@Component
public class Contract360Subjects {

    private final ContractRepository contracts;
    private final JdbcOutboxStore outbox;
    private final SignFlowRepository signFlows;
    private final ObjectMapper objectMapper;

    public Contract360Subjects(ContractRepository contracts, JdbcOutboxStore outbox, SignFlowRepository signFlows,
                               ObjectMapper objectMapper) {
        this.contracts = contracts;
        this.outbox = outbox;
        this.signFlows = signFlows;
        this.objectMapper = objectMapper;
    }

    /** @throws ContractNotFoundException for an unknown id */
    public Contract360Subject of(String contractId) {
        ContractRecord record = contracts.find(contractId).orElseThrow(() -> new ContractNotFoundException(contractId));
        ContractView view = view(record);
        var customer = view.terms() == null ? null : view.terms().customer();
        List<JdbcOutboxStore.FiredTrigger> fired = outbox.firedFor(contractId);
        return new Contract360Subject(contractId, record.contractNumber(),
                customer == null ? null : customer.region(), customer == null ? null : customer.segment(),
                reference(fired, ErpOperation.SALES_ORDER), reference(fired, ErpOperation.INVOICE), orderReference(fired),
                signFlows.latestCreatedFor(contractId).map(SignFlowRecord::signFlowId).orElse(null));
    }

    private static String reference(List<JdbcOutboxStore.FiredTrigger> fired, ErpOperation operation) {
        return latest(fired, operation).map(trigger -> ErpReference.of(trigger.idempotencyKey())).orElse(null);
    }

    private String orderReference(List<JdbcOutboxStore.FiredTrigger> fired) {
        return latest(fired, ErpOperation.SALES_ORDER).flatMap(trigger -> outbox.payloadOf(trigger.idempotencyKey()))
                .map(this::readTree).map(ErpDeliveryInput::orderReference).orElse(null);
    }

    private static Optional<JdbcOutboxStore.FiredTrigger> latest(List<JdbcOutboxStore.FiredTrigger> fired, ErpOperation operation) {
        return fired.stream()
                .filter(trigger -> ErpDeliveryRoutes.QUEUES.get(trigger.destination()) == operation)
                .reduce((earlier, later) -> later);
    }

    private JsonNode readTree(String payload) {
        try {
            return objectMapper.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored trigger message is unreadable", e);
        }
    }

    private ContractView view(ContractRecord record) {
        try {
            return objectMapper.readValue(record.viewJson(), ContractView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored projection of " + record.id() + " is unreadable", e);
        }
    }
}
