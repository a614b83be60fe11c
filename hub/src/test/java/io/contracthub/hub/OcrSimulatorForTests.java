package io.contracthub.hub;

import io.contracthub.simulators.ocr.OcrSimulator;
import io.contracthub.simulators.ocr.OcrSimulatorSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Arrays;
import java.util.Map;

/** Starts one OCR simulator for the test JVM on a free port and points both OCR providers' base URLs at it. */
public class OcrSimulatorForTests implements EnvironmentPostProcessor {

    private static OcrSimulator simulator;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("test")) {
            return;
        }
        String baseUrl = start(environment).baseUrl();
        environment.getPropertySources().addFirst(new MapPropertySource("ocrSimulatorForTests",
                Map.of("hub.ocr.tencent.base-url", baseUrl, "hub.ocr.baidu.base-url", baseUrl)));
    }

    static synchronized OcrSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("The OCR simulator starts with the test context");
        }
        return simulator;
    }

    private static synchronized OcrSimulator start(ConfigurableEnvironment environment) {
        if (simulator == null) {
            simulator = new OcrSimulator(new OcrSimulatorSettings(environment.getRequiredProperty("hub.ocr.tencent.secret-id"),
                    environment.getRequiredProperty("hub.ocr.tencent.secret-key"),
                    environment.getRequiredProperty("hub.ocr.baidu.api-key"),
                    environment.getRequiredProperty("hub.ocr.baidu.secret-key"), 0));
            simulator.start();
        }
        return simulator;
    }
}
