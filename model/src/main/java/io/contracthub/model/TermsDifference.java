package io.contracthub.model;

/** One locked field whose proposed value differs from the signed one; values as text, null when absent. */
public record TermsDifference(String field, String signed, String proposed) {
}
