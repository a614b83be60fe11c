package io.contracthub.hub.config;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.deployers.impl.FileConfigurationParser;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The external broker's configuration (docker/artemis/broker.xml, also what scripts/artemis.sh installs) declares
 * what the hub declares for its embedded broker with the production settings of config/application.yml: every
 * trigger queue and its dead-letter queue, their redelivery settings, the duplicate-id cache and paging. A queue
 * added to the hub and not to broker.xml, or a setting changed on one side only, fails here.
 */
class BrokerXmlDriftTest {

    private static final Path ROOT = Path.of("..");
    private static Configuration declared;
    private static Configuration brokerXml;

    @BeforeAll
    static void readBothSides() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new FileSystemResource(ROOT.resolve("config/application.yml")))
                .forEach(environment.getPropertySources()::addLast);
        HubProperties.Messaging messaging = Binder.get(environment).bind("hub.messaging", HubProperties.Messaging.class).get();
        declared = new ConfigurationImpl();
        ArtemisBrokerConfig.declareQueuesAndPaging(declared, messaging);
        try (InputStream xml = Files.newInputStream(ROOT.resolve("docker/artemis/broker.xml"))) {
            brokerXml = new FileConfigurationParser().parseMainConfig(xml);
        }
    }

    @Test
    void everyQueueTheHubDeclaresIsADurableAnycastQueueOfItsOwnAddress() {
        assertThat(declared.getQueueConfigs()).isNotEmpty();
        for (QueueConfiguration queue : declared.getQueueConfigs()) {
            CoreAddressConfiguration address = brokerXml.getAddressConfigurations().stream()
                    .filter(a -> a.getName().equals(queue.getName().toString())).findFirst().orElse(null);
            assertThat(address).as("address %s in broker.xml", queue.getName()).isNotNull();
            assertThat(address.getQueueConfigs()).as("queues of address %s", queue.getName())
                    .anySatisfy(q -> {
                        assertThat(q.getName().toString()).isEqualTo(queue.getName().toString());
                        assertThat(q.getRoutingType()).isEqualTo(RoutingType.ANYCAST);
                        assertThat(q.isDurable() == null || q.isDurable()).as("durable").isTrue();
                    });
        }
    }

    @Test
    void everyAddressSettingTheHubDeclaresIsInBrokerXmlWithTheSameValues() {
        Map<String, AddressSettings> expected = declared.getAddressSettings();
        assertThat(expected).containsKey("#");
        for (Map.Entry<String, AddressSettings> setting : expected.entrySet()) {
            AddressSettings actual = brokerXml.getAddressSettings().get(setting.getKey());
            assertThat(actual).as("address-setting match=\"%s\" in broker.xml", setting.getKey()).isNotNull();
            AddressSettings want = setting.getValue();
            assertThat(String.valueOf(actual.getDeadLetterAddress())).as("%s dead-letter-address", setting.getKey()).isEqualTo(String.valueOf(want.getDeadLetterAddress()));
            assertThat(actual.getRedeliveryDelay()).as("%s redelivery-delay", setting.getKey()).isEqualTo(want.getRedeliveryDelay());
            assertThat(actual.getRedeliveryMultiplier()).as("%s redelivery-delay-multiplier", setting.getKey()).isEqualTo(want.getRedeliveryMultiplier());
            assertThat(actual.getMaxRedeliveryDelay()).as("%s max-redelivery-delay", setting.getKey()).isEqualTo(want.getMaxRedeliveryDelay());
            assertThat(actual.getMaxDeliveryAttempts()).as("%s max-delivery-attempts", setting.getKey()).isEqualTo(want.getMaxDeliveryAttempts());
            assertThat(actual.getMaxSizeBytes()).as("%s max-size-bytes", setting.getKey()).isEqualTo(want.getMaxSizeBytes());
            assertThat(actual.getAddressFullMessagePolicy()).as("%s address-full-policy", setting.getKey()).isEqualTo(want.getAddressFullMessagePolicy());
        }
    }

    @Test
    void theDuplicateIdCacheAndTheMemoryLimitAreTheHubs() {
        assertThat(brokerXml.getIDCacheSize()).isEqualTo(declared.getIDCacheSize());
        assertThat(brokerXml.isPersistIDCache()).isEqualTo(declared.isPersistIDCache());
        assertThat(brokerXml.getGlobalMaxSize()).isEqualTo(declared.getGlobalMaxSize());
        assertThat(brokerXml.isPersistenceEnabled()).isTrue();
    }
}
