package io.contracthub.routes.spi;

import java.util.Map;

/**
 * Checks an inbound message's authenticity on its raw bytes, before anything parses it.
 * Implementations throw {@link io.contracthub.connectors.auth.WebhookAuthenticationException}.
 */
@FunctionalInterface
public interface InboundVerifier {

    void verify(Map<String, Object> headers, byte[] rawBody);
}
