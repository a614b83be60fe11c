package io.contracthub.hub.people;

import io.contracthub.hub.api.RoutesReadiness;
import io.contracthub.routes.ingest.SourceIngestRoutes;
import io.contracthub.routes.spi.InboxReceipt;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/** Hands a verified, decrypted chat callback to its system's ingest route; returns once the inbox has stored it. */
@Component
public class ChatCallbackIngest {

    private final ProducerTemplate producer;
    private final DecryptedCallbackSeal seal;
    private final RoutesReadiness routes;

    public ChatCallbackIngest(ProducerTemplate producer, DecryptedCallbackSeal seal, RoutesReadiness routes) {
        this.producer = producer;
        this.seal = seal;
        this.routes = routes;
    }

    public InboxReceipt store(String system, byte[] plaintextJson) {
        routes.require();
        Exchange exchange = producer.send(SourceIngestRoutes.ENDPOINT_PREFIX + system, e -> {
            e.getMessage().setHeader(DecryptedCallbackSeal.HEADER, seal.seal(plaintextJson));
            e.getMessage().setBody(plaintextJson);
        });
        if (exchange.getException() instanceof RuntimeException failure) {
            throw failure;
        }
        if (exchange.getException() != null) {
            throw new IllegalStateException(exchange.getException());
        }
        return exchange.getMessage().getBody(InboxReceipt.class);
    }
}
