package io.contracthub.connectors.esign;

import java.time.Instant;

/** What esign's detail API says about one sign flow; {@code finishedAt} is null until the flow is final. */
public record SignFlowDetail(String signFlowId, SignFlowStatus status, String description, Instant finishedAt) {
}
