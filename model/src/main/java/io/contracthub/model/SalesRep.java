package io.contracthub.model;

public record SalesRep(String id, String name) {
}
