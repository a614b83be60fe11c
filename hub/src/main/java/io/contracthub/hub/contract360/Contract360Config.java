package io.contracthub.hub.contract360;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.kuaidi100.Kuaidi100Client;
import io.contracthub.connectors.kuaidi100.Kuaidi100Settings;
import io.contracthub.connectors.resilience.ResilienceRegistries;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The 360's sources with their guards, its own thread pool, its route, and the client only the 360 uses (Kuaidi100;
 * the CRM's read client is shared with reconciliation, see CrmReadConfig).
 */
@Configuration
@EnableConfigurationProperties(Contract360Properties.class)
public class Contract360Config {

    @Bean
    @ConditionalOnProperty(name = "hub.contract360.kuaidi100.enabled", havingValue = "true")
    Kuaidi100Client kuaidi100Client(Contract360Properties properties, ObjectMapper objectMapper) {
        Contract360Properties.Kuaidi100 kuaidi100 = properties.kuaidi100();
        return new Kuaidi100Client(new HttpEndpoint(Kuaidi100Client.SYSTEM, URI.create(kuaidi100.baseUrl()),
                kuaidi100.connectTimeout(), kuaidi100.requestTimeout()),
                new Kuaidi100Settings(kuaidi100.customer(), kuaidi100.key()), objectMapper);
    }

    @Bean
    Contract360Sources contract360Sources(List<ContractSourceReader> readers, WaybillTracker tracker,
                                          Contract360Properties properties, ResilienceRegistries registries) {
        List<String> names = new ArrayList<>(readers.stream().map(ContractSourceReader::source).toList());
        names.add(Contract360Sources.LOGISTICS);
        List<GuardedSource> guarded = names.stream().map(name -> new GuardedSource(name, properties.timeoutOf(name),
                properties.cacheTtlOf(name), properties.breaker(), registries)).toList();
        return new Contract360Sources(readers, tracker, guarded);
    }

    @Bean
    Contract360Pool contract360Pool(Contract360Properties properties) {
        return new Contract360Pool(properties.threads(), properties.queue());
    }

    @Bean
    Contract360Route contract360Route(Contract360Sources sources, Contract360Pool pool) {
        return new Contract360Route(sources, pool.executor());
    }
}
