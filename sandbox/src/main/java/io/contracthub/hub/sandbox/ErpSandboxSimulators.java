package io.contracthub.hub.sandbox;

import io.contracthub.hub.erp.ErpProperties;
import io.contracthub.hub.erp.ErpSimulatorEndpoints;
import io.contracthub.simulators.erp.ErpSimulatorSet;
import io.contracthub.simulators.kingdee.KingdeeSimulator;
import io.contracthub.simulators.sap.SapSimulator;
import io.contracthub.simulators.u8.U8Simulator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/**
 * The ERP simulators, started in-process and standing in for the configured ERPs. They accept the credentials the
 * hub is configured with and know exactly the master-data codes of the companies that use them, so every ERP
 * document of a sandbox contract succeeds until someone breaks it on purpose (faults, expired sessions, removed codes).
 * Each simulator is a bean of its own, so {@link SimulatorStateKeeper} gives it its saved state back before it starts.
 */
@Configuration
@ConditionalOnProperty(name = "hub.erp.simulators.enabled", havingValue = "true")
public class ErpSandboxSimulators {

    private final ErpSimulatorSet simulators;

    ErpSandboxSimulators(ErpProperties properties) {
        this.simulators = new ErpSimulatorSet(settings(properties));
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    KingdeeSimulator kingdeeSimulator() {
        return simulators.kingdee();
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    U8Simulator u8Simulator() {
        return simulators.u8();
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    SapSimulator sapSimulator() {
        return simulators.sap();
    }

    /** Asked once the simulators have started (their base URLs are known only then). */
    @Bean
    ErpSimulatorEndpoints erpSimulatorEndpoints(KingdeeSimulator kingdee, U8Simulator u8, SapSimulator sap) {
        return simulators::baseUrl;
    }

    /** The simulators accept the ERP credentials and know the companies' codes the hub is configured with. */
    static ErpSimulatorSet.Settings settings(ErpProperties properties) {
        ErpProperties.Kingdee kingdee = properties.kingdee();
        ErpProperties.U8 u8 = properties.u8();
        ErpProperties.Sap sap = properties.sap();
        ErpProperties.Simulators ports = properties.simulators();
        Map<String, ErpProperties.Company> companies = properties.companies() == null ? Map.of() : properties.companies();
        return new ErpSimulatorSet.Settings(
                new ErpSimulatorSet.KingdeeAccount(ports.kingdeePort(), kingdee.acctId(), kingdee.username(), kingdee.appId(),
                        kingdee.appSecret()),
                new ErpSimulatorSet.U8Account(ports.u8Port(), u8.fromAccount(), u8.toAccount(), u8.appKey(), u8.appSecret()),
                new ErpSimulatorSet.SapAccount(ports.sapPort(), sap.username(), sap.password()),
                companies.values().stream().map(company -> new ErpSimulatorSet.CompanyCodes(company.erp(),
                        values(company.customers()), values(company.materials()))).toList());
    }

    private static List<String> values(Map<String, String> codes) {
        return codes == null ? List.of() : List.copyOf(codes.values());
    }
}
