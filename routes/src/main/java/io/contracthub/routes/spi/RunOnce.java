package io.contracthub.routes.spi;

/**
 * Marks a timer route whose work must happen on one node only (a scan, a fetch, a report): set as a route property,
 * {@code .routeProperty(RunOnce.ROUTE_PROPERTY, "true")}. The hub then runs it only on the node holding the job's
 * lock in the database; every other node skips the run.
 */
public final class RunOnce {

    public static final String ROUTE_PROPERTY = "hub.run-once";

    private RunOnce() {
    }
}
