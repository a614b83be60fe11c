package io.contracthub.routes.erp;

import jakarta.jms.ConnectionFactory;

import java.util.Objects;

/**
 * The JMS connections of the ERP queues' consumers (the ones {@link ErpOutageRoutePolicy} pauses): they take no
 * message before they ask for one (Artemis {@code consumerWindowSize=0}) and are not cached, so a paused ERP consumer
 * holds no message that another node could deliver. Everything else keeps the application's connection factory.
 * <p>
 * Not a {@link ConnectionFactory} bean itself, nor bound in Camel's registry: one of those would take the place of
 * Spring Boot's, a second one would leave the {@code jms} component without any. The ERP routes reach it through a
 * JMS component of their own, {@value #COMPONENT}.
 */
public record ErpConsumerConnections(ConnectionFactory connectionFactory) {

    /** The Camel JMS component on these connections (the ERP queues' consumers and their dead letters). */
    public static final String COMPONENT = "erpjms";

    public ErpConsumerConnections {
        Objects.requireNonNull(connectionFactory, "connectionFactory");
    }
}
