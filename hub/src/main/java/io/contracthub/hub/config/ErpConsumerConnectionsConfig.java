package io.contracthub.hub.config;

import io.contracthub.routes.erp.ErpConsumerConnections;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisMode;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ERP queues' consumers connect to the same broker as the rest of the hub (the embedded one in this JVM, or
 * spring.artemis.broker-url), but with {@code consumerWindowSize=0}: Artemis then sends such a consumer a message only
 * when it asks for one. Otherwise a consumer holds up to a window of prefetched messages (1 MiB by default), which
 * stay with it while {@code ErpOutageRoutePolicy} has paused it, out of reach of every other node's consumers.
 */
@Configuration(proxyBeanMethods = false)
public class ErpConsumerConnectionsConfig {

    static final String NO_PREFETCH = "consumerWindowSize=0";

    @Bean
    ErpConsumerConnections erpConsumerConnections(ArtemisProperties artemis) {
        return new ErpConsumerConnections(new ActiveMQConnectionFactory(withoutPrefetch(brokerUrl(artemis)),
                artemis.getUser(), artemis.getPassword()));
    }

    static String brokerUrl(ArtemisProperties artemis) {
        if (artemis.getMode() == ArtemisMode.NATIVE) {
            // Spring Boot's own default when no URL is set
            return artemis.getBrokerUrl() == null ? "tcp://localhost:61616" : artemis.getBrokerUrl();
        }
        return "vm://" + artemis.getEmbedded().getServerId();
    }

    static String withoutPrefetch(String url) {
        return url + (url.contains("?") ? "&" : "?") + NO_PREFETCH;
    }
}
