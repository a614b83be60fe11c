package io.contracthub.hub.sandbox;

import io.contracthub.hub.config.HubProperties;
import io.contracthub.hub.esign.OnEsignEnabled;
import io.contracthub.hub.ocr.OcrProperties;
import io.contracthub.hub.ocr.OnOcrEnabled;
import io.contracthub.simulators.crm.CrmSimulator;
import io.contracthub.simulators.crm.CrmSimulatorSettings;
import io.contracthub.simulators.esign.EsignSimulator;
import io.contracthub.simulators.esign.EsignSimulatorSettings;
import io.contracthub.simulators.ocr.OcrSimulator;
import io.contracthub.simulators.ocr.OcrSimulatorSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sandbox starts the simulators in-process, pointed at this hub, so the whole flow runs on one machine. */
@Configuration
@ConditionalOnProperty(name = "hub.simulators.enabled", havingValue = "true")
public class SandboxSimulators {

    @Bean(initMethod = "start", destroyMethod = "stop")
    CrmSimulator crmSimulator(HubProperties properties, @Value("${server.port}") int hubPort,
                              @Value("${hub.simulators.crm-port}") int simulatorPort) {
        return new CrmSimulator(new CrmSimulatorSettings("http://127.0.0.1:" + hubPort + "/webhooks/crm",
                properties.connectors().crm().webhookSecret(), simulatorPort));
    }

    /** OCR providers (Tencent and Baidu on one port) with the sandbox credentials the hub uses. */
    @Bean(initMethod = "start", destroyMethod = "stop")
    @OnOcrEnabled
    OcrSimulator ocrSimulator(OcrProperties ocr, @Value("${hub.simulators.ocr-port}") int simulatorPort) {
        return new OcrSimulator(new OcrSimulatorSettings(ocr.tencent().secretId(), ocr.tencent().secretKey(),
                ocr.baidu().apiKey(), ocr.baidu().secretKey(), simulatorPort));
    }

    /** The hub's esign base URL points here in the sandbox profile; callbacks go to the flows' notifyUrl. */
    @Bean(initMethod = "start", destroyMethod = "stop")
    @OnEsignEnabled
    EsignSimulator esignSimulator(HubProperties properties, @Value("${hub.simulators.esign-port}") int simulatorPort) {
        HubProperties.Esign esign = properties.connectors().esign();
        return new EsignSimulator(new EsignSimulatorSettings(esign.appId(), esign.appSecret(), simulatorPort));
    }
}
