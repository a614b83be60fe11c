package io.contracthub.hub.cluster;

import io.contracthub.hub.persistence.JobLocks;
import io.contracthub.routes.spi.RunOnce;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.component.timer.TimerEndpoint;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The one place that makes a job run on one node only: every route marked {@link RunOnce} gets a policy that takes
 * (or renews) the route's lock in job_lock before each run and stops the run on a node that does not hold it.
 * The lock is held for {@code hub.jobs.lock-hold}, and at least two timer periods, so the holder keeps it between runs;
 * a route that stops (the node shuts down) releases it, so a restarted node does not wait out its predecessor's hold.
 */
@Component
public class RunOnceRoutePolicyFactory implements RoutePolicyFactory {

    private static final Logger log = LoggerFactory.getLogger(RunOnceRoutePolicyFactory.class);

    private final JobLocks locks;
    private final Duration hold;

    public RunOnceRoutePolicyFactory(JobLocks locks, @Value("${hub.jobs.lock-hold:PT2M}") Duration hold) {
        this.locks = locks;
        this.hold = hold;
    }

    @Override
    public RoutePolicy createRoutePolicy(CamelContext camelContext, String routeId, NamedNode route) {
        return isRunOnce(route) ? new JobLockPolicy(routeId) : null;
    }

    static boolean isRunOnce(NamedNode route) {
        return route instanceof RouteDefinition definition && definition.getRouteProperties() != null
                && definition.getRouteProperties().stream()
                .anyMatch(p -> RunOnce.ROUTE_PROPERTY.equals(p.getKey()) && "true".equals(p.getValue()));
    }

    private final class JobLockPolicy extends RoutePolicySupport {

        private final String job;
        private volatile Boolean held;

        JobLockPolicy(String job) {
            this.job = job;
        }

        @Override
        public void onExchangeBegin(Route route, Exchange exchange) {
            boolean holds = locks.tryHold(job, holdFor(route.getEndpoint()));
            if (!Boolean.valueOf(holds).equals(held)) {
                // one line when the job changes hands, not one per run
                log.info(holds ? "Job {} runs on this node ({})" : "Job {} is held by another node; this node ({}) skips it",
                        job, locks.node());
                held = holds;
            }
            if (!holds) {
                exchange.setRouteStop(true);
            }
        }

        @Override
        public void onStop(Route route) {
            if (Boolean.TRUE.equals(held)) {
                try {
                    locks.release(job);
                } catch (RuntimeException e) {
                    // the database may already be gone at shutdown: the hold then runs out by itself
                    log.debug("Job {} could not be released: {}", job, e.getMessage());
                }
            }
            held = null;
        }

        private Duration holdFor(Endpoint endpoint) {
            if (endpoint instanceof TimerEndpoint timer) {
                Duration twoPeriods = Duration.ofMillis(timer.getPeriod()).multipliedBy(2);
                return twoPeriods.compareTo(hold) > 0 ? twoPeriods : hold;
            }
            return hold;
        }
    }
}
