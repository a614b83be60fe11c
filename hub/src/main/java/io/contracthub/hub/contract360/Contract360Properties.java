package io.contracthub.hub.contract360;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.Map;

/**
 * The contract 360 (hub.contract360): how long each source may take, how long its answers are reused, its circuit
 * breaker and bulkhead, the threads the 360 has of its own, and Kuaidi100, which only the 360 reads (the CRM's read
 * API is hub.connectors.crm.read, shared with reconciliation).
 *
 * @param threads     the 360's own pool: at most this many source calls at once, whatever ingest and delivery do
 * @param queue       calls waiting for a thread; beyond that a 360 is refused (503) instead of queued without end
 * @param sources     per source ("erp", "logistics", "esign", "crm"): its time limit and cache time; a source not
 *                    listed gets {@code defaultTimeout} and {@code defaultCacheTtl}
 * @param breaker     every source's circuit breaker and bulkhead (each source has its own, with these settings)
 */
@Validated
@ConfigurationProperties("hub.contract360")
public record Contract360Properties(
        @Min(1) int threads,
        @Min(1) int queue,
        @NotNull Duration defaultTimeout,
        @NotNull Duration defaultCacheTtl,
        Map<String, Source> sources,
        @Valid @NotNull Breaker breaker,
        @Valid @NotNull Kuaidi100 kuaidi100) {

    public Contract360Properties {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    /** @param timeout null: the default; cacheTtl 0: never reused */
    public record Source(Duration timeout, Duration cacheTtl) {
    }

    public record Breaker(float failureRateThreshold, @Min(1) int slidingWindowSize, @Min(1) int minimumNumberOfCalls,
                          @NotNull Duration openStateWait, @Min(1) int maxConcurrentCalls) {
    }

    /** Kuaidi100's real-time query: off unless enabled; customer and key from the Kuaidi100 enterprise console. */
    public record Kuaidi100(boolean enabled, String baseUrl, String customer, String key,
                            @NotNull Duration connectTimeout, @NotNull Duration requestTimeout) {

        @Override
        public String toString() {
            return "Kuaidi100[enabled=" + enabled + ", baseUrl=" + baseUrl + ", customer=" + customer + ", key=***]";
        }
    }

    public Duration timeoutOf(String source) {
        Source configured = sources.get(source);
        return configured == null || configured.timeout() == null ? defaultTimeout : configured.timeout();
    }

    public Duration cacheTtlOf(String source) {
        Source configured = sources.get(source);
        return configured == null || configured.cacheTtl() == null ? defaultCacheTtl : configured.cacheTtl();
    }
}
