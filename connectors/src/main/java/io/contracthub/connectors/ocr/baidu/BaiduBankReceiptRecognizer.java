package io.contracthub.connectors.ocr.baidu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contracthub.connectors.auth.AccessTokenCache;
import io.contracthub.connectors.http.ConnectorAuthenticationException;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.http.JsonHttpClient;
import io.contracthub.connectors.http.VendorError;
import io.contracthub.connectors.ocr.RecognizedVoucher;
import io.contracthub.connectors.ocr.VoucherFields;
import io.contracthub.connectors.ocr.VoucherRecognizer;
import io.contracthub.connectors.resilience.ConnectorResilience;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Baidu AI OCR bank_receipt_new: a client_credentials access token (30 days, cached by {@link AccessTokenCache} and
 * fetched again once when Baidu calls it invalid or expired: error_code 110/111), then
 * {@code POST /rest/2.0/ocr/v1/bank_receipt_new?access_token=...} with the form field {@code image} (Base64).
 * Errors: {@code {"error_code", "error_msg"}}; daily/QPS limits (17, 18, 19) are transient.
 */
public final class BaiduBankReceiptRecognizer implements VoucherRecognizer {

    public static final String PROVIDER = "baidu";
    private static final Set<Integer> TOKEN_INVALID = Set.of(110, 111);
    private static final Set<Integer> LIMITS = Set.of(17, 18, 19);

    private final BaiduOcrSettings settings;
    private final JsonHttpClient http;
    private final ConnectorResilience resilience;
    private final AccessTokenCache tokens;

    public BaiduBankReceiptRecognizer(HttpEndpoint endpoint, BaiduOcrSettings settings, ObjectMapper objectMapper, Clock clock,
                                      ConnectorResilience resilience) {
        this.settings = settings;
        this.http = new JsonHttpClient(endpoint, objectMapper, (method, path, body) -> Map.of(),
                VendorError.fields("error", "error_description"));
        this.resilience = resilience;
        this.tokens = new AccessTokenCache(this::fetchToken, settings.tokenRefreshMargin(), clock);
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public RecognizedVoucher recognize(byte[] image) {
        Map<String, String> form = Map.of("image", Base64.getEncoder().encodeToString(image));
        JsonNode result = resilience.call(() -> {
            String token = tokens.get();
            JsonNode answer = http.postForm(recognitionPath(token), form);
            if (TOKEN_INVALID.contains(answer.path("error_code").asInt(0))) {
                tokens.invalidate(token);
                answer = http.postForm(recognitionPath(tokens.get()), form);
            }
            return checked(answer);
        });
        return VoucherFields.from(PROVIDER, fields(result.path("words_result")));
    }

    /** When the cached access token expires; empty while none is held. The token itself stays private. */
    public Optional<Instant> tokenExpiresAt() {
        return tokens.expiresAt();
    }

    private AccessTokenCache.IssuedToken fetchToken() {
        JsonNode answer = http.post("/oauth/2.0/token?grant_type=client_credentials&client_id=" + encode(settings.apiKey())
                + "&client_secret=" + encode(settings.secretKey()), JsonNodeFactory.instance.objectNode());
        if (!answer.path("access_token").isTextual()) {
            throw new ConnectorAuthenticationException(PROVIDER, 200, answer.path("error").asText(null),
                    answer.path("error_description").asText(null));
        }
        return new AccessTokenCache.IssuedToken(answer.path("access_token").asText(),
                Duration.ofSeconds(answer.path("expires_in").asLong(2_592_000)));
    }

    private static JsonNode checked(JsonNode answer) {
        int code = answer.path("error_code").asInt(0);
        if (code == 0) {
            return answer;
        }
        String message = answer.path("error_msg").asText(null);
        if (LIMITS.contains(code)) {
            throw new ConnectorUnavailableException(PROVIDER, 200, String.valueOf(code), message, "limit reached", null);
        }
        if (TOKEN_INVALID.contains(code)) {
            throw new ConnectorAuthenticationException(PROVIDER, 200, String.valueOf(code), message);
        }
        throw new ConnectorRejectedException(PROVIDER, 200, String.valueOf(code), message);
    }

    /** The documented layout is uncertain; accepts {"label": [{"word": "..."}]}, {"label": {"words": "..."}} and {"label": "..."}. */
    private static Map<String, String> fields(JsonNode wordsResult) {
        Map<String, String> fields = new LinkedHashMap<>();
        wordsResult.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            String text = value.isArray() ? value.path(0).path("word").asText(null)
                    : value.isObject() ? value.path("words").asText(null) : value.asText(null);
            if (text != null) {
                fields.put(field.getKey(), text);
            }
        });
        return fields;
    }

    private static String recognitionPath(String token) {
        return "/rest/2.0/ocr/v1/bank_receipt_new?access_token=" + encode(token);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
