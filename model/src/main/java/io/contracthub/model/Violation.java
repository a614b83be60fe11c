package io.contracthub.model;

/** A broken validation rule, addressed by a field path such as {@code terms.lines[0].quantity}. */
public record Violation(String field, String message) {
}
