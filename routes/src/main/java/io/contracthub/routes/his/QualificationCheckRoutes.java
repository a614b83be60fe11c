package io.contracthub.routes.his;

import io.contracthub.routes.spi.QualificationChecks;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** {@code his.qualification.check}: works through the queue of HIS deep checks, off every request path. */
@Component
public class QualificationCheckRoutes extends RouteBuilder {

    private final QualificationChecks checks;
    private final long periodMillis;

    public QualificationCheckRoutes(QualificationChecks checks,
                                    @Value("${hub.people.his.poll-interval:500ms}") Duration pollInterval) {
        this.checks = checks;
        this.periodMillis = pollInterval.toMillis();
    }

    @Override
    public void configure() {
        from("timer:his.qualification.check?period=" + periodMillis + "&delay=" + periodMillis + "&synchronous=true")
                .routeId("his.qualification.check")
                .onException(Exception.class).handled(true)
                    .log(LoggingLevel.WARN, "HIS checks failed, next round retries: ${exception.message}").end()
                .process(exchange -> checks.runDue());
    }
}
