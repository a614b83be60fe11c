package io.contracthub.hub.observability;

import io.contracthub.connectors.resilience.ResilienceRegistries;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedTimeLimiterMetrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one set of resilience registries every connector registers in, bound to Micrometer (resilience4j_circuitbreaker_state
 * and the rest, tagged with the connector's name) and to health ({@link CircuitBreakersHealthIndicator}). Tagged metrics
 * follow the registries, so a connector created later is measured too.
 */
@Configuration
public class ResilienceObservabilityConfig {

    @Bean
    ResilienceRegistries resilienceRegistries() {
        return ResilienceRegistries.create();
    }

    @Bean
    MeterBinder resilienceMetrics(ResilienceRegistries registries) {
        return meters -> {
            TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registries.circuitBreakers()).bindTo(meters);
            TaggedRetryMetrics.ofRetryRegistry(registries.retries()).bindTo(meters);
            TaggedBulkheadMetrics.ofBulkheadRegistry(registries.bulkheads()).bindTo(meters);
            TaggedTimeLimiterMetrics.ofTimeLimiterRegistry(registries.timeLimiters()).bindTo(meters);
        };
    }

    @Bean
    CircuitBreakersHealthIndicator circuitBreakersHealthIndicator(ResilienceRegistries registries) {
        return new CircuitBreakersHealthIndicator(registries.circuitBreakers());
    }
}
