package io.contracthub.model;

public record BankAccount(String bankName, String accountName, String accountNumber) {
}
