package io.contracthub.hub.config;

import io.contracthub.routes.deadletter.DeadLetterRoutes;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Embedded broker: every trigger queue gets redelivery with exponential backoff and its own dead-letter
 * queue (DLQ.&lt;queue&gt;), both declared up front so a dead letter is never dropped for want of a binding; every
 * address pages to disk beyond {@code hub.messaging.queue-memory-limit}.
 * An external broker (production) must be configured the same way.
 */
@Configuration
@ConditionalOnProperty(name = "spring.artemis.mode", havingValue = "embedded", matchIfMissing = true)
public class ArtemisBrokerConfig {

    @Bean
    ArtemisConfigurationCustomizer triggerQueues(HubProperties properties) {
        HubProperties.Messaging messaging = properties.messaging();
        return configuration -> {
            configuration.setIDCacheSize(100_000);
            configuration.setPersistIDCache(true);
            // messages nobody consumes yet (a consumer down for a day) page to the journal directory instead of filling the heap
            configuration.setGlobalMaxSize(messaging.brokerMemoryLimit().toBytes());
            configuration.addAddressSetting("#", new AddressSettings()
                    .setMaxSizeBytes(messaging.queueMemoryLimit().toBytes())
                    .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE));
            if (messaging.embeddedAcceptor() != null && !messaging.embeddedAcceptor().isBlank()) {
                addAcceptor(configuration, messaging.embeddedAcceptor());
            }
            for (String queue : messaging.queues()) {
                String deadLetterQueue = DeadLetterRoutes.PREFIX + queue;
                configuration.addQueueConfiguration(QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST).setDurable(true));
                configuration.addQueueConfiguration(QueueConfiguration.of(deadLetterQueue).setRoutingType(RoutingType.ANYCAST).setDurable(true));
                configuration.addAddressSetting(queue, new AddressSettings()
                        .setRedeliveryDelay(messaging.redeliveryDelay().toMillis())
                        .setRedeliveryMultiplier(messaging.redeliveryMultiplier())
                        .setMaxRedeliveryDelay(messaging.maxRedeliveryDelay().toMillis())
                        .setMaxDeliveryAttempts(messaging.maxDeliveryAttempts())
                        .setDeadLetterAddress(SimpleString.of(deadLetterQueue)));
            }
        };
    }

    private static void addAcceptor(org.apache.activemq.artemis.core.config.Configuration configuration, String url) {
        try {
            configuration.addAcceptorConfiguration("external", url);
        } catch (Exception e) {
            throw new IllegalStateException("hub.messaging.embedded-acceptor is not a valid acceptor URL: " + url, e);
        }
    }
}
