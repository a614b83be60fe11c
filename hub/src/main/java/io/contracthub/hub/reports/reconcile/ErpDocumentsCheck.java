package io.contracthub.hub.reports.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.erp.ErpOperation;
import io.contracthub.connectors.http.ConnectorException;
import io.contracthub.routes.erp.ErpRoutingException;
import io.contracthub.routes.erp.ErpTargets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The contract's ERP documents against its triggers: a sales order and an invoice exist in the company's ERP exactly
 * when their triggers were delivered, and each document's total agrees to the fen (gross, or net for an ERP that
 * keeps net totals, see {@link ErpDocumentReader.Basis}). The sales order must hold the contract's signed terms, since
 * a signed amendment changes the order in the ERP. The invoice must hold what was invoiced, the totals of the
 * invoicing trigger: the hub never changes an issued invoice; after an amendment finance reverses it with a red-letter
 * invoice (红冲) from its reversal task, and the original invoice keeps its amount. Triggers
 * younger than the settle time are left alone (their delivery may be under way), as are ERPs without a reader.
 */
public final class ErpDocumentsCheck implements SystemCheck {

    private static final Logger log = LoggerFactory.getLogger(ErpDocumentsCheck.class);

    private final ErpTriggerRepository triggers;
    private final ErpTargets targets;
    private final Map<String, ErpDocumentReader> readers;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final Duration settleTime;

    public ErpDocumentsCheck(ErpTriggerRepository triggers, ErpTargets targets, List<ErpDocumentReader> readers,
                             ObjectMapper objectMapper, Clock clock, Duration settleTime) {
        this.triggers = triggers;
        this.targets = targets;
        this.readers = readers.stream().collect(Collectors.toMap(ErpDocumentReader::system, Function.identity()));
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.settleTime = settleTime;
    }

    @Override
    public Optional<CheckResult> check(SampledContract contract, RequestBudget budget) {
        List<ErpTrigger> settled = triggers.forContract(contract.id()).stream()
                .filter(trigger -> !trigger.createdAt().plus(settleTime).isAfter(clock.instant())).toList();
        if (settled.isEmpty()) {
            return Optional.empty();
        }
        String system = null;
        List<Finding> findings = new ArrayList<>();
        for (ErpTrigger trigger : settled) {
            Optional<JsonNode> message = message(trigger);
            Optional<ErpDocumentReader> reader = message.flatMap(this::readerFor);
            if (reader.isEmpty() || !budget.take(reader.get().system(), 1)) {
                continue;
            }
            Optional<ErpDocumentReader.ErpDocumentTotal> document;
            try {
                document = reader.get().find(trigger.operation(), message.get());
            } catch (ConnectorException e) {
                log.warn("Reconciliation: {} could not be read for {}: {}", reader.get().system(), trigger.idempotencyKey(), e.getMessage());
                continue;
            }
            system = reader.get().system();
            compare(contract, trigger, message.get(), document, findings);
        }
        return system == null ? Optional.empty() : Optional.of(new CheckResult(system, findings));
    }

    private void compare(SampledContract contract, ErpTrigger trigger, JsonNode message,
                         Optional<ErpDocumentReader.ErpDocumentTotal> document, List<Finding> findings) {
        String aspect = trigger.operation().slug();
        if (trigger.delivered() != document.isPresent()) {
            findings.add(new Finding(aspect, trigger.delivered() ? "delivered" : "not delivered",
                    document.map(found -> "document " + found.number() + " exists").orElse("no document")));
            return;
        }
        if (document.isEmpty()) {
            return;
        }
        ErpDocumentReader.Basis basis = document.get().basis();
        BigDecimal expected = trigger.operation() == ErpOperation.INVOICE ? invoicedTotal(message, basis)
                : contractTotal(contract, basis);
        if (expected != null && document.get().total().compareTo(expected) != 0) {
            findings.add(new Finding(aspect + "-total", expected.toPlainString(),
                    document.get().total().setScale(2, RoundingMode.HALF_UP).toPlainString()));
        }
    }

    private static BigDecimal contractTotal(SampledContract contract, ErpDocumentReader.Basis basis) {
        if (contract.view().terms() == null || contract.view().terms().totals() == null) {
            return null;
        }
        var totals = contract.view().terms().totals();
        return (basis == ErpDocumentReader.Basis.NET ? totals.net() : totals.gross()).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal invoicedTotal(JsonNode invoicingTrigger, ErpDocumentReader.Basis basis) {
        JsonNode total = invoicingTrigger.path("contract").path("totals").path(basis == ErpDocumentReader.Basis.NET ? "net" : "gross");
        return total.isNumber() || total.isTextual() ? new BigDecimal(total.asText()).setScale(2, RoundingMode.HALF_UP) : null;
    }

    private Optional<JsonNode> message(ErpTrigger trigger) {
        try {
            return Optional.of(objectMapper.readTree(trigger.payload()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<ErpDocumentReader> readerFor(JsonNode message) {
        try {
            return Optional.ofNullable(readers.get(targets.targetFor(message).system()));
        } catch (ErpRoutingException e) {
            return Optional.empty();
        }
    }
}
