package io.contracthub.hub.console.connectors;

import io.contracthub.connectors.resilience.ResilienceRegistries;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Listens to every connector's circuit breaker in the shared registry, those there already and those added later, and
 * keeps each one's {@link ConnectorActivity}. Breakers keep no time of their last success or failure, so the console
 * learns them here. A call the vendor refused (not counted by the breaker) is a failure here too: the user sees it failed.
 */
@Component
public class ConnectorActivityRecorder {

    private final Clock clock;
    private final Map<String, ConnectorActivity> activities = new ConcurrentHashMap<>();
    private final Set<CircuitBreaker> watched = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

    public ConnectorActivityRecorder(ResilienceRegistries registries, Clock clock) {
        this.clock = clock;
        registries.circuitBreakers().getEventPublisher()
                .onEntryAdded(added -> watch(added.getAddedEntry()))
                .onEntryReplaced(replaced -> watch(replaced.getNewEntry()));
        registries.circuitBreakers().getAllCircuitBreakers().forEach(this::watch);
    }

    Optional<ConnectorActivity> activity(String breakerName) {
        return Optional.ofNullable(activities.get(breakerName));
    }

    private void watch(CircuitBreaker breaker) {
        if (!watched.add(breaker)) {
            return;
        }
        ConnectorActivity activity = activities.computeIfAbsent(breaker.getName(), name -> new ConnectorActivity());
        breaker.getEventPublisher()
                .onSuccess(event -> activity.succeeded(clock.instant()))
                .onError(event -> activity.failed(clock.instant(), event.getThrowable()))
                .onIgnoredError(event -> activity.failed(clock.instant(), event.getThrowable()))
                .onCallNotPermitted(event -> activity.refused(clock.instant()));
    }
}
