package io.contracthub.hub.contract360;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A contract as every system that knows it sees it right now: one answer per source, ok or not. */
public record Contract360(String contractId, String contractNumber, Instant askedAt, List<SourceAnswer> sources) {

    public Contract360 {
        sources = List.copyOf(sources);
    }

    public Optional<SourceAnswer> source(String name) {
        return sources.stream().filter(answer -> answer.source().equals(name)).findFirst();
    }
}
