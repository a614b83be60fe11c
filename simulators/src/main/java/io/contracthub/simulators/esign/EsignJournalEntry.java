package io.contracthub.simulators.esign;

import java.time.Instant;

/**
 * One thing the simulated esign did: a request it answered ({@code direction} "request") or a callback it posted
 * ("callback"), with the HTTP status of the answer (or of the hub's answer to the callback; 0 = hub unreachable).
 */
public record EsignJournalEntry(Instant at, String direction, String what, int status, String body) {
}
