package io.contracthub.connectors.ocr.tencent;

/** Tencent Cloud credentials and the API coordinates of BankSlipOCR (service ocr, version 2018-11-19). */
public record TencentOcrSettings(String secretId, String secretKey, String region, String service, String action,
                                 String version) {

    public TencentOcrSettings {
        if (secretId == null || secretId.isBlank() || secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("The Tencent Cloud SecretId and SecretKey must be configured");
        }
    }

    public static TencentOcrSettings bankSlip(String secretId, String secretKey, String region) {
        return new TencentOcrSettings(secretId, secretKey, region, "ocr", "BankSlipOCR", "2018-11-19");
    }

    // records print every component; the secret must never reach a log line
    @Override
    public String toString() {
        return "TencentOcrSettings[secretId=" + secretId + ", secretKey=***, region=" + region + ", action=" + action + "]";
    }
}
