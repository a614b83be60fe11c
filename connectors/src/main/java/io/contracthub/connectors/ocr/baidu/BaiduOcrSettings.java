package io.contracthub.connectors.ocr.baidu;

import java.time.Duration;

/** The Baidu AI app's API Key / Secret Key, and how long before its 30-day token expires a new one is fetched. */
public record BaiduOcrSettings(String apiKey, String secretKey, Duration tokenRefreshMargin) {

    public BaiduOcrSettings {
        if (apiKey == null || apiKey.isBlank() || secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("The Baidu OCR API Key and Secret Key must be configured");
        }
        if (tokenRefreshMargin == null || tokenRefreshMargin.isNegative()) {
            throw new IllegalArgumentException("tokenRefreshMargin must be a non-negative duration");
        }
    }

    // records print every component; the secret must never reach a log line
    @Override
    public String toString() {
        return "BaiduOcrSettings[apiKey=" + apiKey + ", secretKey=***, tokenRefreshMargin=" + tokenRefreshMargin + "]";
    }
}
