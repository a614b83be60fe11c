package io.contracthub.connectors.sap;

import io.contracthub.connectors.erp.ErpDocument;
import io.contracthub.connectors.http.ConnectorUnavailableException;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Exactly one sales order in an SAP that has no duplicate check of its own, whatever the protocol: look for the
 * order by its reference, create it only when absent, and after a create whose outcome is unknown wait
 * {@link SapSettings#unsureCreateWait()} (SAP keeps working after the hub stopped waiting) before looking again.
 */
final class SapOrderOnce {

    private final Duration unsureCreateWait;

    SapOrderOnce(Duration unsureCreateWait) {
        this.unsureCreateWait = unsureCreateWait;
    }

    /**
     * @param find   the order if SAP has it, as found (not created now)
     * @param create creates it and answers it as created now
     */
    ErpDocument findOrCreate(Supplier<Optional<ErpDocument>> find, Supplier<ErpDocument> create) {
        Optional<ErpDocument> existing = find.get();
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return create.get();
        } catch (ConnectorUnavailableException unsure) {
            return afterUnsureCreate(find, unsure);
        }
    }

    private ErpDocument afterUnsureCreate(Supplier<Optional<ErpDocument>> find, ConnectorUnavailableException unsure) {
        try {
            Thread.sleep(unsureCreateWait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unsure;
        }
        ErpDocument landed = find.get().orElseThrow(() -> unsure);
        return new ErpDocument(landed.system(), landed.operation(), landed.number(), landed.status(), true);
    }
}
