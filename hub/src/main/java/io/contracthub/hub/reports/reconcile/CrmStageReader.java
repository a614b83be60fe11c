package io.contracthub.hub.reports.reconcile;

import java.util.Optional;

/** The CRM's own current sales stage of a contract. */
public interface CrmStageReader {

    /** Empty when the CRM does not know the contract number. */
    Optional<String> salesStage(String contractNumber);
}
