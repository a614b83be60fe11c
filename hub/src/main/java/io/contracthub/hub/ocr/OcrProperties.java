package io.contracthub.hub.ocr;

import io.contracthub.hub.config.HubProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * Down-payment vouchers recognised by OCR ({@code hub.ocr}): which provider, its credentials and endpoint, the upload
 * limits, how often pending vouchers are recognised, and the matching rules.
 */
@Validated
@ConfigurationProperties("hub.ocr")
public record OcrProperties(
        boolean enabled,
        @NotNull Provider provider,
        @Min(1) long maxBytes,
        @NotEmpty List<String> allowedTypes,
        @NotNull Duration connectTimeout,
        @NotNull Duration requestTimeout,
        @Valid @NotNull Tencent tencent,
        @Valid @NotNull Baidu baidu,
        @Valid @NotNull HubProperties.Resilience resilience,
        @Valid @NotNull Recognition recognition,
        @Valid @NotNull Matching matching) {

    public enum Provider { TENCENT, BAIDU }

    public record Tencent(String baseUrl, String secretId, String secretKey, String region) {
        @Override
        public String toString() {
            return "Tencent[baseUrl=" + baseUrl + ", secretId=" + secretId + ", secretKey=***, region=" + region + "]";
        }
    }

    public record Baidu(String baseUrl, String apiKey, String secretKey, @NotNull Duration tokenRefreshMargin) {
        @Override
        public String toString() {
            return "Baidu[baseUrl=" + baseUrl + ", apiKey=" + apiKey + ", secretKey=***]";
        }
    }

    /**
     * Pending vouchers are looked at every {@code interval}. One the provider could not answer waits the claimed-work
     * backoff ({@code retryAfter} doubling up to {@code maxBackoff}, never less than {@code retryAfter}) and is given up
     * (a dead letter) after {@code maxAttempts} attempts.
     */
    public record Recognition(@NotNull Duration interval, @Min(1) int batchSize, @NotNull Duration retryAfter,
                              @DefaultValue("1h") Duration maxBackoff, @DefaultValue("24") @Min(1) int maxAttempts) {
    }

    /** The recognised amount may fall short of the required down payment by at most {@code amountTolerance}. */
    public record Matching(@NotNull BigDecimal amountTolerance) {
    }
}
