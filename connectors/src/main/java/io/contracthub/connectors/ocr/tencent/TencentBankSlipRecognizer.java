package io.contracthub.connectors.ocr.tencent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.http.JsonHttpClient;
import io.contracthub.connectors.http.VendorError;
import io.contracthub.connectors.ocr.RecognizedVoucher;
import io.contracthub.connectors.ocr.VoucherFields;
import io.contracthub.connectors.ocr.VoucherRecognizer;
import io.contracthub.connectors.resilience.ConnectorResilience;

import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tencent Cloud BankSlipOCR: {@code POST /} with {@code {"ImageBase64": ...}}, TC3-signed. Errors arrive with HTTP 200
 * in {@code Response.Error {Code, Message}}; rate limits and internal errors are transient, everything else (no text,
 * undecodable or too large image, service not opened, signature refused) is final.
 */
public final class TencentBankSlipRecognizer implements VoucherRecognizer {

    public static final String PROVIDER = "tencent";
    private static final Set<String> TRANSIENT = Set.of("RequestLimitExceeded", "InternalError", "ResourceUnavailable",
            "FailedOperation.DownLoadError");

    private final JsonHttpClient http;
    private final ConnectorResilience resilience;

    public TencentBankSlipRecognizer(HttpEndpoint endpoint, TencentOcrSettings settings, ObjectMapper objectMapper,
                                     Clock clock, ConnectorResilience resilience) {
        this.http = new JsonHttpClient(endpoint, objectMapper, new Tc3Signer(settings, endpoint.baseUrl().getRawAuthority(), clock),
                body -> new VendorError(body.at("/Response/Error/Code").asText(null), body.at("/Response/Error/Message").asText(null)));
        this.resilience = resilience;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public RecognizedVoucher recognize(byte[] image) {
        JsonNode request = JsonNodeFactory.instance.objectNode().put("ImageBase64", Base64.getEncoder().encodeToString(image));
        JsonNode response = resilience.call(() -> answer(http.post("/", request)));
        Map<String, String> fields = new LinkedHashMap<>();
        for (JsonNode info : response.path("BankSlipInfos")) {
            fields.putIfAbsent(info.path("Name").asText(), info.path("Value").asText());
        }
        return VoucherFields.from(PROVIDER, fields);
    }

    // inside the resilient call, so that a rate limit counts as a transient failure and is retried
    private static JsonNode answer(JsonNode body) {
        JsonNode response = body.path("Response");
        JsonNode error = response.path("Error");
        if (error.isObject()) {
            String code = error.path("Code").asText();
            String message = error.path("Message").asText(null);
            if (TRANSIENT.stream().anyMatch(code::startsWith)) {
                throw new ConnectorUnavailableException(PROVIDER, 200, code, message, "BankSlipOCR answered " + code, null);
            }
            throw new ConnectorRejectedException(PROVIDER, 200, code, message);
        }
        return response;
    }
}
