package io.contracthub.routes.payment;

import io.contracthub.routes.spi.ErpReceipts;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Off the contract flow: every read interval, reads the receipts the ERPs booked for invoiced, unpaid contracts. A
 * failed round is logged and the next one tries again; each receipt is taken once, so a round repeated changes nothing.
 * Each ERP's calls run under that ERP's own resilience (its connector's), so an open breaker only skips that ERP.
 */
@Component
public class ErpReceiptRoutes extends RouteBuilder {

    public static final String ROUTE_ID = "payments.erp-receipts.read";

    private final ErpReceipts receipts;
    private final long periodMillis;

    public ErpReceiptRoutes(ErpReceipts receipts,
                            @Value("${hub.payments.erp-receipts.read-interval:15m}") Duration readInterval) {
        this.receipts = receipts;
        this.periodMillis = readInterval.toMillis();
    }

    @Override
    public void configure() {
        from("timer:" + ROUTE_ID + "?period=" + periodMillis + "&delay=" + periodMillis + "&synchronous=true")
                .routeId(ROUTE_ID)
                .onException(Exception.class).handled(true)
                    .log(LoggingLevel.WARN, "Reading receipts back from the ERPs failed, next round retries: ${exception.message}").end()
                .process(exchange -> receipts.readBack());
    }
}
