package io.contracthub.hub.console.deadletters;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.hub.persistence.DeadLetter;

import java.time.Instant;
import java.util.List;

/** The dead letters page: the open ones first, then those already dealt with. */
public record DeadLetterPage(List<Line> open, long openTotal, List<Line> resolved, long resolvedTotal) {

    public record Line(long id, String origin, String destination, String contractId, String reason, String payload,
                       Instant createdAt, int replayCount, Instant replayedAt, Instant resolvedAt, String resolvedBy) {

        static Line of(DeadLetter letter, ObjectMapper json) {
            return new Line(letter.id(), letter.origin().name(), letter.destination(), letter.contractId(), letter.reason(),
                    pretty(letter.payload(), json), letter.createdAt(), letter.replayCount(), letter.replayedAt(),
                    letter.resolvedAt(), letter.resolvedBy());
        }

        /** JSON indented for reading; anything else (XML, text) as it came. */
        private static String pretty(String payload, ObjectMapper json) {
            try {
                return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(payload));
            } catch (Exception notJson) {
                return payload;
            }
        }
    }
}
