package io.contracthub.hub.api;

import io.contracthub.routes.ingest.SourceIngestRoutes;
import io.contracthub.routes.spi.InboxReceipt;
import io.contracthub.routes.spi.SourceSystem;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code POST /webhooks/{system}}: hands the raw request to the system's ingest route and answers 202 only
 * once the inbox has stored it; a repeated event id is acknowledged with 200 and changes nothing.
 */
@RestController
public class WebhookController {

    private final ProducerTemplate producer;
    private final Set<String> systems;
    private final RoutesReadiness routes;

    public WebhookController(ProducerTemplate producer, List<SourceSystem> systems, RoutesReadiness routes) {
        this.producer = producer;
        this.routes = routes;
        this.systems = systems.stream().map(SourceSystem::id).collect(Collectors.toUnmodifiableSet());
    }

    @PostMapping("/webhooks/{system}")
    public ResponseEntity<Map<String, Object>> receive(@PathVariable String system, HttpServletRequest request)
            throws IOException {
        if (!systems.contains(system)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "unknown_system", "No webhook for system " + system,
                    Map.of("known", systems));
        }
        routes.require();
        byte[] raw = request.getInputStream().readAllBytes();
        Exchange exchange = producer.send(SourceIngestRoutes.ENDPOINT_PREFIX + system, e -> {
            for (String name : Collections.list(request.getHeaderNames())) {
                e.getMessage().setHeader(name, request.getHeader(name));
            }
            // set after the request's headers, so a sender cannot pass a query of its choosing as a header
            e.getMessage().setHeader(Exchange.HTTP_QUERY, request.getQueryString());
            e.getMessage().setBody(raw);
        });
        if (exchange.getException() instanceof RuntimeException failure) {
            throw failure;
        }
        if (exchange.getException() != null) {
            throw new IllegalStateException(exchange.getException());
        }
        InboxReceipt receipt = exchange.getMessage().getBody(InboxReceipt.class);
        return receipt.duplicate()
                ? ResponseEntity.ok(Map.of("status", "duplicate", "inboxId", receipt.inboxId()))
                : ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("status", "accepted", "inboxId", receipt.inboxId()));
    }
}
