package io.contracthub.hub;

import io.contracthub.connectors.kingdee.KingdeeConnector;
import io.contracthub.connectors.sap.SapConnector;
import io.contracthub.connectors.u8.U8Connector;
import io.contracthub.hub.erp.ErpProperties;
import io.contracthub.hub.erp.ErpSimulatorEndpoints;
import io.contracthub.simulators.erp.MasterData;
import io.contracthub.simulators.kingdee.KingdeeSimulator;
import io.contracthub.simulators.kingdee.KingdeeSimulatorSettings;
import io.contracthub.simulators.sap.SapSimulator;
import io.contracthub.simulators.sap.SapSimulatorSettings;
import io.contracthub.simulators.u8.U8Simulator;
import io.contracthub.simulators.u8.U8SimulatorSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tests' ERP simulators (application-test.yml: free ports), beans of the shared test context, standing in for
 * the configured ERPs and knowing the master-data codes of the companies that use them. The sandbox module wires its
 * own (ErpSandboxSimulators): the production jar holds no simulator.
 */
@Configuration
@ConditionalOnProperty(name = "hub.erp.simulators.enabled", havingValue = "true")
public class ErpSimulatorsForTests {

    @Bean(initMethod = "start", destroyMethod = "stop")
    KingdeeSimulator kingdeeSimulator(ErpProperties properties) {
        ErpProperties.Kingdee kingdee = properties.kingdee();
        KingdeeSimulator simulator = new KingdeeSimulator(new KingdeeSimulatorSettings(properties.simulators().kingdeePort(),
                kingdee.acctId(), kingdee.username(), kingdee.appId(), kingdee.appSecret(), Duration.ofMinutes(20)));
        seed(simulator.masterData(), properties, KingdeeConnector.SYSTEM);
        return simulator;
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    U8Simulator u8Simulator(ErpProperties properties) {
        ErpProperties.U8 u8 = properties.u8();
        U8Simulator simulator = new U8Simulator(new U8SimulatorSettings(properties.simulators().u8Port(), u8.fromAccount(),
                u8.toAccount(), u8.appKey(), u8.appSecret(), Duration.ofHours(2), Duration.ofMillis(150)));
        seed(simulator.masterData(), properties, U8Connector.SYSTEM);
        return simulator;
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    SapSimulator sapSimulator(ErpProperties properties) {
        ErpProperties.Sap sap = properties.sap();
        SapSimulator simulator = new SapSimulator(new SapSimulatorSettings(properties.simulators().sapPort(), sap.username(),
                sap.password(), true));
        seed(simulator.masterData(), properties, SapConnector.SYSTEM);
        return simulator;
    }

    @Bean
    ErpSimulatorEndpoints erpSimulatorEndpoints(KingdeeSimulator kingdee, U8Simulator u8, SapSimulator sap) {
        return system -> Optional.ofNullable(switch (system) {
            case KingdeeConnector.SYSTEM -> kingdee.baseUrl();
            case U8Connector.SYSTEM -> u8.baseUrl();
            case SapConnector.SYSTEM -> sap.baseUrl();
            default -> null;
        });
    }

    private static void seed(MasterData masterData, ErpProperties properties, String system) {
        if (properties.companies() == null) {
            return;
        }
        for (ErpProperties.Company company : properties.companies().values()) {
            if (Objects.equals(system, company.erp())) {
                masterData.customers(values(company.customers())).materials(values(company.materials()));
            }
        }
    }

    private static Collection<String> values(Map<String, String> codes) {
        return codes == null ? List.of() : codes.values();
    }
}
