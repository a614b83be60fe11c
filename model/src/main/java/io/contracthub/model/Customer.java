package io.contracthub.model;

public record Customer(String name, String creditCode, String region, String segment) {
}
