package io.contracthub.routes.erp;

import io.contracthub.connectors.erp.ErpConnector;
import io.contracthub.connectors.resilience.ResilienceRegistries;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import jakarta.annotation.PreDestroy;
import org.apache.camel.Consumer;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.StatefulService;
import org.apache.camel.support.RoutePolicySupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Pauses the ERP delivery consumers while an ERP's circuit breaker (in the shared registry, under the ERP's name:
 * {@code kingdee}, {@code u8}, {@code sap}) is open, and resumes them when it goes half-open (so the probe call can
 * flow) or closed. Meanwhile the triggers wait on their queues: an outage costs time, not dead letters, and no
 * consumer takes message after message only to be refused by the breaker. A trigger already in delivery keeps trying
 * within its retry window ({@link ErpRetryWindow}).
 * <p>
 * The queues are shared by all ERPs (the company, read from the trigger, picks the ERP), so the consumers pause while
 * any ERP's breaker is open: an outage of one ERP delays the others' triggers too (it would hold every consumer thread
 * in retries anyway). Breakers open and close on the calling threads; consumers are paused and resumed on a thread of
 * this policy, one change after the other.
 */
@Component
public class ErpOutageRoutePolicy extends RoutePolicySupport {

    private static final Logger LOG = LoggerFactory.getLogger(ErpOutageRoutePolicy.class);

    private final Set<String> systems;
    private final Set<String> open = ConcurrentHashMap.newKeySet();
    private final Set<CircuitBreaker> watched = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final ExecutorService changes = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "erp-outage-policy");
        thread.setDaemon(true);
        return thread;
    });

    public ErpOutageRoutePolicy(ResilienceRegistries registries, ErpConnectors connectors) {
        this.systems = connectors.all().stream().map(ErpConnector::system).collect(Collectors.toUnmodifiableSet());
        CircuitBreakerRegistry breakers = registries.circuitBreakers();
        breakers.getEventPublisher()
                .onEntryAdded(added -> watch(added.getAddedEntry()))
                .onEntryReplaced(replaced -> watch(replaced.getNewEntry()));
        breakers.getAllCircuitBreakers().forEach(this::watch);
    }

    /** Whether the consumer of this route is paused now for an ERP outage. */
    public boolean isPaused(String routeId) {
        return routes.stream().filter(route -> route.getId().equals(routeId)).anyMatch(route -> isSuspended(route.getConsumer()));
    }

    @Override
    public void onInit(Route route) {
        routes.add(route);
    }

    @Override
    public void onRemove(Route route) {
        routes.remove(route);
    }

    @Override
    public void onStart(Route route) {
        // started by an operator or a test while a breaker is open: pause at once
        changes.execute(() -> {
            if (apply(route)) {
                LOG.warn("ERP delivery paused ({}): circuit breaker {} open; the triggers wait on their queues", route.getId(),
                        new TreeSet<>(open));
            }
        });
    }

    @PreDestroy
    void stopChanges() {
        changes.shutdownNow();
    }

    private void watch(CircuitBreaker breaker) {
        if (!systems.contains(breaker.getName()) || !watched.add(breaker)) {
            return;
        }
        breaker.getEventPublisher().onStateTransition(event ->
                changes.execute(() -> changed(breaker.getName(), event.getStateTransition().getToState())));
        CircuitBreaker.State now = breaker.getState();
        changes.execute(() -> changed(breaker.getName(), now));
    }

    private void changed(String system, CircuitBreaker.State state) {
        if (state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN) {
            open.add(system);
        } else {
            open.remove(system);
        }
        List<String> changedRoutes = routes.stream().filter(this::apply).map(Route::getId).toList();
        if (changedRoutes.isEmpty()) {
            return;
        }
        if (open.isEmpty()) {
            LOG.info("ERP delivery resumed ({}): no ERP circuit breaker open", changedRoutes);
        } else {
            LOG.warn("ERP delivery paused ({}): circuit breaker {} open; the triggers wait on their queues", changedRoutes,
                    new TreeSet<>(open));
        }
    }

    /** Pauses or resumes the route's consumer as the breakers say; whether it changed anything. */
    private boolean apply(Route route) {
        ServiceStatus status = route.getCamelContext().getRouteController().getRouteStatus(route.getId());
        Consumer consumer = route.getConsumer();
        if (status == null || !status.isStarted() || consumer == null) {
            return false;
        }
        try {
            if (!open.isEmpty() && !isSuspended(consumer)) {
                suspendOrStopConsumer(consumer);
                return true;
            }
            if (open.isEmpty() && isSuspended(consumer)) {
                resumeOrStartConsumer(consumer);
                return true;
            }
        } catch (Exception e) {
            LOG.warn("ERP delivery {}: could not {} its consumer: {}", route.getId(), open.isEmpty() ? "resume" : "pause",
                    e.toString());
        }
        return false;
    }

    private static boolean isSuspended(Consumer consumer) {
        return consumer instanceof StatefulService stateful && (stateful.isSuspended() || stateful.isSuspending());
    }
}
