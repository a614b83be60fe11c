package io.contracthub.hub.observability;

import io.contracthub.hub.persistence.HubStatisticsRepository;
import io.contracthub.hub.persistence.HubStatisticsRepository.Backlog;
import io.contracthub.hub.persistence.HubStatisticsRepository.TierAndLifecycle;
import io.contracthub.model.ConfidenceTier;
import io.contracthub.model.LifecycleState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What waits and where contracts stand, read from the database when scraped: inbox backlog and the age of its oldest
 * message, outbox lag, open dead letters, contracts per tier and lifecycle state.
 */
@Component
public class HubGauges implements MeterBinder {

    // one scrape runs each query once, not once per gauge that reads it
    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final HubStatisticsRepository statistics;
    private final Clock clock;
    private final Supplier<Backlog> inbox;
    private final Supplier<Backlog> outbox;
    private final Supplier<Map<TierAndLifecycle, Long>> contractCounts;

    public HubGauges(HubStatisticsRepository statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
        this.inbox = new Recent<>(statistics::inboxBacklog, FRESH_FOR);
        this.outbox = new Recent<>(statistics::outboxBacklog, FRESH_FOR);
        this.contractCounts = new Recent<>(statistics::contractsByTierAndLifecycle, FRESH_FOR);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("hub.inbox.backlog", inbox, backlog -> backlog.get().count())
                .description("Inbox messages stored but not yet evidence").register(registry);
        Gauge.builder("hub.inbox.oldest.age", inbox, backlog -> ageSeconds(backlog.get()))
                .description("How long the oldest waiting inbox message has waited (0 when none)").baseUnit("seconds")
                .register(registry);
        Gauge.builder("hub.outbox.pending", outbox, backlog -> backlog.get().count())
                .description("Trigger messages committed but not yet published").register(registry);
        Gauge.builder("hub.outbox.lag", outbox, backlog -> ageSeconds(backlog.get()))
                .description("How long the oldest unpublished trigger message has waited (0 when none)").baseUnit("seconds")
                .register(registry);
        Gauge.builder("hub.dead.letters.open", statistics, HubStatisticsRepository::openDeadLetters)
                .description("Dead letters not yet replayed").register(registry);
        for (ConfidenceTier tier : ConfidenceTier.values()) {
            for (LifecycleState lifecycle : LifecycleState.values()) {
                TierAndLifecycle key = new TierAndLifecycle(tier.name(), lifecycle.name());
                Gauge.builder("hub.contracts", contractCounts, counts -> counts.get().getOrDefault(key, 0L))
                        .description("Contracts per confidence tier and lifecycle state")
                        .tag("tier", tier.name()).tag("lifecycle", lifecycle.name()).register(registry);
            }
        }
    }

    private double ageSeconds(Backlog backlog) {
        return backlog.oldest() == null ? 0 : Math.max(0, Duration.between(backlog.oldest(), clock.instant()).toMillis() / 1000.0);
    }

    /** The last value, read again once it is older than {@code freshFor}. */
    private static final class Recent<T> implements Supplier<T> {

        private final Supplier<T> source;
        private final long freshForNanos;
        private T value;
        private long readAt;

        Recent(Supplier<T> source, Duration freshFor) {
            this.source = source;
            this.freshForNanos = freshFor.toNanos();
        }

        @Override
        public synchronized T get() {
            long now = System.nanoTime();
            if (value == null || now - readAt > freshForNanos) {
                value = source.get();
                readAt = now;
            }
            return value;
        }
    }
}
