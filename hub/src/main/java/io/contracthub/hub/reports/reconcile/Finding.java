package io.contracthub.hub.reports.reconcile;

/**
 * One thing a system and the hub disagree on about one contract: which aspect (crm-stage, signature, sales-order,
 * sales-order-total, ...) and both sides' values in words.
 */
public record Finding(String aspect, String hubValue, String systemValue) {
}
