package io.contracthub.routes.people;

import io.contracthub.routes.spi.PeopleNotifications;
import io.contracthub.routes.spi.RunOnce;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Off the contract flow: finds what people must be told ({@code people.notifications.plan}), which technical
 * agreements fall due ({@code people.notifications.deadlines}) and tells them ({@code people.notifications.send}). A
 * channel that is down delays notices; it never holds up evidence.
 */
@Component
public class PeopleNotificationRoutes extends RouteBuilder {

    private final PeopleNotifications notifications;
    private final long periodMillis;
    private final long deadlineScanMillis;

    public PeopleNotificationRoutes(PeopleNotifications notifications,
                                    @Value("${hub.people.notifications.poll-interval:1s}") Duration pollInterval,
                                    @Value("${hub.people.notifications.technical-agreement-deadline.scan-interval:5m}")
                                    Duration deadlineScanInterval) {
        this.notifications = notifications;
        this.periodMillis = pollInterval.toMillis();
        this.deadlineScanMillis = deadlineScanInterval.toMillis();
    }

    @Override
    public void configure() {
        from("timer:people.notifications.plan?period=" + periodMillis + "&delay=" + periodMillis + "&synchronous=true")
                .routeId("people.notifications.plan")
                .routeProperty(RunOnce.ROUTE_PROPERTY, "true")
                .onException(Exception.class).handled(true)
                    .log(LoggingLevel.WARN, "Planning notifications failed, next round retries: ${exception.message}").end()
                .process(exchange -> notifications.planNew());
        from("timer:people.notifications.deadlines?period=" + deadlineScanMillis + "&delay=" + periodMillis + "&synchronous=true")
                .routeId("people.notifications.deadlines")
                .routeProperty(RunOnce.ROUTE_PROPERTY, "true")
                .onException(Exception.class).handled(true)
                    .log(LoggingLevel.WARN, "Scanning technical agreement deadlines failed, next round retries: ${exception.message}").end()
                .process(exchange -> notifications.planDeadlineReminders());
        from("timer:people.notifications.send?period=" + periodMillis + "&delay=" + periodMillis + "&synchronous=true")
                .routeId("people.notifications.send")
                .onException(Exception.class).handled(true)
                    .log(LoggingLevel.WARN, "Sending notifications failed, next round retries: ${exception.message}").end()
                .process(exchange -> notifications.sendDue());
    }
}
