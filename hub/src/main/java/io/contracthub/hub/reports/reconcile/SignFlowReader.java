package io.contracthub.hub.reports.reconcile;

import io.contracthub.connectors.esign.SignFlowStatus;

/** esign's own current status of a sign flow. */
public interface SignFlowReader {

    SignFlowStatus status(String signFlowId);
}
