package io.contracthub.hub.ocr;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.credentials.CredentialExpiries;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.ocr.VoucherRecognizer;
import io.contracthub.connectors.ocr.baidu.BaiduBankReceiptRecognizer;
import io.contracthub.connectors.ocr.baidu.BaiduOcrSettings;
import io.contracthub.connectors.ocr.tencent.TencentBankSlipRecognizer;
import io.contracthub.connectors.ocr.tencent.TencentOcrSettings;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.connectors.resilience.ResilienceRegistries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;
import java.time.Clock;

/** The configured OCR provider, with its own named resilience ("ocr-tencent" or "ocr-baidu"). */
@Configuration
@OnOcrEnabled
public class OcrConfig {

    @Bean
    VoucherRecognizer voucherRecognizer(OcrProperties properties, ObjectMapper objectMapper, Clock clock,
                                        ResilienceRegistries registries, CredentialExpiries credentials) {
        return switch (properties.provider()) {
            case TENCENT -> {
                OcrProperties.Tencent tencent = properties.tencent();
                yield new TencentBankSlipRecognizer(endpoint("ocr-tencent", tencent.baseUrl(), properties),
                        TencentOcrSettings.bankSlip(tencent.secretId(), tencent.secretKey(), tencent.region()), objectMapper, clock,
                        new ConnectorResilience("ocr-tencent", properties.resilience().toSettings(), registries));
            }
            case BAIDU -> {
                OcrProperties.Baidu baidu = properties.baidu();
                BaiduBankReceiptRecognizer recognizer = new BaiduBankReceiptRecognizer(
                        endpoint("ocr-baidu", baidu.baseUrl(), properties),
                        new BaiduOcrSettings(baidu.apiKey(), baidu.secretKey(), baidu.tokenRefreshMargin()), objectMapper, clock,
                        new ConnectorResilience("ocr-baidu", properties.resilience().toSettings(), registries));
                credentials.registerExpiry("ocr-baidu", recognizer::tokenExpiresAt);
                yield recognizer;
            }
        };
    }

    private static HttpEndpoint endpoint(String system, String baseUrl, OcrProperties properties) {
        return new HttpEndpoint(system, URI.create(baseUrl), properties.connectTimeout(), properties.requestTimeout());
    }
}
