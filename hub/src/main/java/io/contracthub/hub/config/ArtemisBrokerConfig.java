package io.contracthub.hub.config;

import io.contracthub.routes.deadletter.DeadLetterRoutes;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
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
            declareQueuesAndPaging(configuration, messaging);
            HubProperties.EmbeddedAcceptor acceptor = messaging.embeddedAcceptor();
            // its user, password and address were checked at start-up (ConnectorRequirements.BROKER_ACCEPTOR)
            if (acceptor.enabled()) {
                addAcceptor(configuration, acceptor.url().trim());
                configuration.setSecurityEnabled(true);
                // every connection is checked again, so a password changed or a user removed takes effect at once
                configuration.setAuthenticationCacheSize(0);
                configuration.setAuthorizationCacheSize(0);
            }
        };
    }

    /**
     * What any broker the hub uses must declare: the duplicate-id cache, paging, and per trigger queue the queue, its
     * dead-letter queue and its redelivery settings. docker/artemis/broker.xml (the external broker) is tested
     * against this (BrokerXmlDriftTest), so the two cannot drift apart.
     */
    static void declareQueuesAndPaging(org.apache.activemq.artemis.core.config.Configuration configuration,
                                       HubProperties.Messaging messaging) {
        configuration.setIDCacheSize(100_000);
        configuration.setPersistIDCache(true);
        // messages nobody consumes yet (a consumer down for a day) page to the journal directory instead of filling the heap
        configuration.setGlobalMaxSize(messaging.brokerMemoryLimit().toBytes());
        configuration.addAddressSetting("#", new AddressSettings()
                .setMaxSizeBytes(messaging.queueMemoryLimit().toBytes())
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.PAGE));
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
    }

    /** Runs before the broker starts: with an acceptor, connections through it must log in. */
    @Bean
    static BeanPostProcessor acceptorCredentials(ObjectProvider<HubProperties> properties) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof EmbeddedActiveMQ broker) {
                    HubProperties.EmbeddedAcceptor acceptor = properties.getObject().messaging().embeddedAcceptor();
                    if (acceptor.enabled()) {
                        broker.setSecurityManager(new AcceptorCredentialsSecurityManager(acceptor.user(), acceptor.password()));
                    }
                }
                return bean;
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
