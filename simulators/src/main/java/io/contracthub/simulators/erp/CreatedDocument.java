package io.contracthub.simulators.erp;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** One document a simulated ERP created: its type (form id, API), number, the caller's reference and the payload. */
public record CreatedDocument(String type, String number, String reference, JsonNode payload, Instant createdAt) {
}
