package io.contracthub.simulators.ocr;

/**
 * The credentials the simulated Tencent Cloud and Baidu AI accept, and the port their APIs listen on (0: any free port).
 * Tencent is served at {@code /}, Baidu at {@code /oauth/2.0/token} and {@code /rest/2.0/ocr/v1/bank_receipt_new}.
 */
public record OcrSimulatorSettings(String tencentSecretId, String tencentSecretKey, String baiduApiKey, String baiduSecretKey,
                                   int port) {

    // records print every component; the secrets must never reach a log line
    @Override
    public String toString() {
        return "OcrSimulatorSettings[tencentSecretId=" + tencentSecretId + ", baiduApiKey=" + baiduApiKey + ", port=" + port + "]";
    }
}
