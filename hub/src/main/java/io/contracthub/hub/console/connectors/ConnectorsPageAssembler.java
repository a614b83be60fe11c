package io.contracthub.hub.console.connectors;

import io.contracthub.connectors.credentials.CredentialExpiries;
import io.contracthub.connectors.resilience.ResilienceRegistries;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Builds the connectors page from the shared resilience registries and the recorded activity. A system counts as
 * enabled when its connector registered a breaker: each connector's configuration bean does so exactly when it builds
 * the connector, so this follows every switch (properties, ERP base URLs, simulators) without repeating them.
 */
@Component
public class ConnectorsPageAssembler {

    private final ResilienceRegistries registries;
    private final CredentialExpiries credentials;
    private final ConnectorActivityRecorder recorder;
    private final Clock clock;

    public ConnectorsPageAssembler(ResilienceRegistries registries, CredentialExpiries credentials,
                                   ConnectorActivityRecorder recorder, Clock clock) {
        this.registries = registries;
        this.credentials = credentials;
        this.recorder = recorder;
        this.clock = clock;
    }

    public ConnectorsPage page() {
        Instant now = clock.instant();
        return new ConnectorsPage(Arrays.stream(ExternalSystem.values()).map(system -> row(system, now)).toList(),
                RecentCalls.WINDOW.toMinutes());
    }

    private ConnectorsPage.Row row(ExternalSystem system, Instant now) {
        if (system.inbound()) {
            return new ConnectorsPage.Row(system.key(), system.key(), true, true, null, null, null, null, null, null, null);
        }
        Optional<CircuitBreaker> found = system.resilienceNames().stream()
                .flatMap(name -> registries.circuitBreakers().find(name).stream())
                .findFirst();
        if (found.isEmpty()) {
            return new ConnectorsPage.Row(system.key(), system.resilienceNames().get(0), false, false, null, null, null,
                    null, null, null, null);
        }
        CircuitBreaker breaker = found.get();
        Optional<ConnectorActivity> activity = recorder.activity(breaker.getName());
        Optional<ConnectorActivity.Failure> lastFailure = activity.map(ConnectorActivity::lastFailure);
        return new ConnectorsPage.Row(system.key(), breaker.getName(), true, false, breaker(breaker),
                activity.map(a -> recent(a.recent(now))).orElse(new ConnectorsPage.Recent(0, 0, 0)),
                registries.bulkheads().find(breaker.getName()).map(ConnectorsPageAssembler::bulkhead).orElse(null),
                activity.map(ConnectorActivity::lastSuccess).orElse(null),
                lastFailure.map(ConnectorActivity.Failure::at).orElse(null),
                lastFailure.map(ConnectorActivity.Failure::message).orElse(null),
                credentials.find(breaker.getName()).map(ConnectorsPageAssembler::credential).orElse(null));
    }

    private static ConnectorsPage.Credential credential(CredentialExpiries.Credential credential) {
        return new ConnectorsPage.Credential(credential.meaning() == CredentialExpiries.Meaning.EXPIRES,
                credential.instant().get().orElse(null));
    }

    private static ConnectorsPage.Breaker breaker(CircuitBreaker breaker) {
        CircuitBreaker.Metrics metrics = breaker.getMetrics();
        float failureRate = metrics.getFailureRate();
        return new ConnectorsPage.Breaker(breaker.getState().name(), breaker.getCircuitBreakerConfig().getSlidingWindowSize(),
                metrics.getNumberOfBufferedCalls(), metrics.getNumberOfFailedCalls(),
                // -1 until the breaker has its minimum number of calls: no rate yet
                failureRate < 0 ? null : failureRate, metrics.getNumberOfNotPermittedCalls());
    }

    private static ConnectorsPage.Recent recent(RecentCalls.Counts counts) {
        return new ConnectorsPage.Recent(counts.calls(), counts.failures(), counts.refused());
    }

    private static ConnectorsPage.Bulkhead bulkhead(Bulkhead bulkhead) {
        Bulkhead.Metrics metrics = bulkhead.getMetrics();
        return new ConnectorsPage.Bulkhead(metrics.getMaxAllowedConcurrentCalls() - metrics.getAvailableConcurrentCalls(),
                metrics.getMaxAllowedConcurrentCalls());
    }
}
