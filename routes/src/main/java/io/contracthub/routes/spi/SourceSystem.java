package io.contracthub.routes.spi;

/** One inbound system: how its messages are authenticated and which mapping turns them into evidence. */
public record SourceSystem(String id, InboundVerifier verifier, String mappingResource) {
}
