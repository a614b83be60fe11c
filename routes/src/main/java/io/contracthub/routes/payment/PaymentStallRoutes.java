package io.contracthub.routes.payment;

import io.contracthub.routes.spi.PaymentStalls;
import io.contracthub.routes.spi.RunOnce;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Off the contract flow: looks for stalled payment journeys every scan interval. A failed scan is logged and the next
 * round tries again; alerts are journalled, so no round can alert a stall twice.
 */
@Component
public class PaymentStallRoutes extends RouteBuilder {

    public static final String ROUTE_ID = "payments.stalls.scan";

    private final PaymentStalls stalls;
    private final long periodMillis;

    public PaymentStallRoutes(PaymentStalls stalls, @Value("${hub.payments.stall.scan-interval:10m}") Duration scanInterval) {
        this.stalls = stalls;
        this.periodMillis = scanInterval.toMillis();
    }

    @Override
    public void configure() {
        from("timer:" + ROUTE_ID + "?period=" + periodMillis + "&delay=" + periodMillis + "&synchronous=true")
                .routeId(ROUTE_ID)
                .routeProperty(RunOnce.ROUTE_PROPERTY, "true")
                .onException(Exception.class).handled(true)
                    .log(LoggingLevel.WARN, "Scanning payment journeys for stalls failed, next round retries: ${exception.message}").end()
                .process(exchange -> stalls.scan());
    }
}
