package io.contracthub.routes.ocr;

import io.contracthub.routes.spi.PendingVoucherRecognition;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** Recognition runs apart from the upload, which answers at once: a timer picks up the vouchers that are due. */
@Component
@ConditionalOnProperty(name = "hub.ocr.enabled", havingValue = "true")
public class VoucherRecognitionRoutes extends RouteBuilder {

    private final PendingVoucherRecognition recognition;
    private final long intervalMs;

    public VoucherRecognitionRoutes(PendingVoucherRecognition recognition,
                                    @Value("${hub.ocr.recognition.interval}") Duration interval) {
        this.recognition = recognition;
        this.intervalMs = interval.toMillis();
    }

    @Override
    public void configure() {
        from("timer:ocr.vouchers?delay=" + intervalMs + "&period=" + intervalMs + "&synchronous=true")
                .routeId("ocr.vouchers.recognize")
                // not run-once: every node recognises due vouchers, each claimed by its row (VoucherRecognitionService)
                .process(exchange -> recognition.recognizePending());
    }
}
