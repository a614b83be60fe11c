package io.contracthub.connectors.erp;

import java.util.Objects;

/**
 * A document the ERP holds for one trigger: its number as the ERP shows it, its status in the ERP's words, and
 * whether this call created it or found it from an earlier attempt.
 */
public record ErpDocument(String system, ErpOperation operation, String number, String status, boolean createdNow) {

    public ErpDocument {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(number, "number");
    }
}
