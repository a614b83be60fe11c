package io.contracthub.model;

public record InvoiceTitle(String title, String taxNumber) {
}
