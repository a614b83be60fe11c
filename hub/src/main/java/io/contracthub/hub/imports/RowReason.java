package io.contracthub.hub.imports;

/** Why a register row was refused, in the words the error report shows; {@code column} is null for the whole row. */
public record RowReason(int rowNumber, String contractNumber, RegisterColumn column, String zh, String en) {
}
