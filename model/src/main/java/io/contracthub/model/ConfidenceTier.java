package io.contracthub.model;

public enum ConfidenceTier {
    RED,
    YELLOW,
    GREEN
}
