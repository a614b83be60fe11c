package io.contracthub.hub.imports;

import io.contracthub.model.ContractTerms;

import java.time.Instant;
import java.util.List;

/**
 * The contract that consecutive register rows with one contract number describe: its terms, whether sales states it
 * signed, and when (the contract date), or the reasons its rows are refused.
 */
record RegisterContract(String contractNumber, List<RegisterRow> rows, ContractTerms terms, boolean signed,
                        Instant occurredAt, List<RowReason> reasons) {

    boolean refused() {
        return !reasons.isEmpty();
    }

    int firstRow() {
        return rows.get(0).number();
    }
}
