package io.contracthub.simulators.ocr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.simulators.http.FormEncoding;
import io.contracthub.simulators.http.SimulatorExchange;
import io.contracthub.simulators.http.SimulatorWireMockServer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Simulated Tencent Cloud BankSlipOCR and Baidu AI bank_receipt_new on one local port. Tencent requests must carry a
 * valid TC3-HMAC-SHA256 signature (5 min skew), Baidu requests a token from its client_credentials endpoint, which
 * {@link #expireBaiduTokens()} can invalidate (error 111). Recognition answers the fields of the {@link OcrSamples}
 * sample found in the image, or the vendor's "no text" error; the fault samples are slow, fail with 5xx, or are too large.
 */
public final class OcrSimulator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TENCENT_SKEW = Duration.ofMinutes(5);
    private static final Duration SLOW = Duration.ofSeconds(10);

    /** One request the simulator answered. */
    public record Call(Instant at, String provider, String what, String outcome) {
    }

    private final OcrSimulatorSettings settings;
    private final Clock clock;
    private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> expiredTokens = ConcurrentHashMap.newKeySet();
    private final List<Call> journal = new CopyOnWriteArrayList<>();
    private SimulatorWireMockServer server;

    public OcrSimulator(OcrSimulatorSettings settings) {
        this(settings, Clock.systemUTC());
    }

    OcrSimulator(OcrSimulatorSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public synchronized void start() {
        server = SimulatorWireMockServer.start("ocr", settings.port(), SimulatorExchange.handledBy(this::handle));
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public synchronized String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Every token issued so far now answers "expired" (111), as after its 30 days. */
    public void expireBaiduTokens() {
        expiredTokens.addAll(validTokens);
        validTokens.clear();
    }

    public List<Call> journal() {
        return List.copyOf(journal);
    }

    private void handle(SimulatorExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals("/oauth/2.0/token")) {
                baiduToken(exchange);
            } else if (path.equals("/rest/2.0/ocr/v1/bank_receipt_new")) {
                baiduRecognise(exchange, body);
            } else if (path.equals("/")) {
                tencentRecognise(exchange, body);
            } else {
                respond(exchange, 404, JsonNodeFactory.instance.objectNode().put("message", "No such API: " + path));
            }
        } catch (RuntimeException e) {
            respond(exchange, 500, JsonNodeFactory.instance.objectNode().put("message", String.valueOf(e)));
        } finally {
            exchange.close();
        }
    }

    private void tencentRecognise(SimulatorExchange exchange, byte[] body) throws IOException {
        Optional<String> authFailure = tencentAuthFailure(exchange, body);
        if (authFailure.isPresent()) {
            tencentError(exchange, authFailure.get(), "The provided credentials could not be validated.");
            return;
        }
        byte[] image = Base64.getDecoder().decode(JSON.readTree(body).path("ImageBase64").asText(""));
        Optional<OcrSample> sample = OcrSamples.in(image);
        if (fault(exchange, "tencent", sample)) {
            return;
        }
        if (sample.isEmpty()) {
            tencentError(exchange, "FailedOperation.ImageNoText", "图片中未检测到文本");
        } else if (sample.get() == OcrSamples.TOO_LARGE) {
            tencentError(exchange, "FailedOperation.ImageSizeTooLarge", "图片过大");
        } else {
            ObjectNode response = JsonNodeFactory.instance.objectNode();
            ObjectNode inner = response.putObject("Response");
            ArrayNode infos = inner.putArray("BankSlipInfos");
            fields(sample.get()).forEach((name, value) -> infos.addObject().put("Name", name).put("Value", value)
                    .putObject("Rect").put("X", 10).put("Y", 10).put("Width", 100).put("Height", 20));
            inner.put("Angle", 0).put("RequestId", UUID.randomUUID().toString());
            record("tencent", "BankSlipOCR", "recognised " + sample.get().name());
            respond(exchange, 200, response);
        }
    }

    private Optional<String> tencentAuthFailure(SimulatorExchange exchange, byte[] body) {
        Optional<Tc3Verifier.Credential> parsed = Tc3Verifier.parse(exchange.getRequestHeaders().getFirst("Authorization"));
        String timestamp = exchange.getRequestHeaders().getFirst("X-TC-Timestamp");
        if (parsed.isEmpty() || timestamp == null || !timestamp.matches("\\d{1,12}")) {
            return Optional.of("AuthFailure.SignatureFailure");
        }
        Tc3Verifier.Credential credential = parsed.get();
        if (!settings.tencentSecretId().equals(credential.secretId())) {
            return Optional.of("AuthFailure.SecretIdNotFound");
        }
        long seconds = Long.parseLong(timestamp);
        if (Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs().compareTo(TENCENT_SKEW) > 0) {
            return Optional.of("AuthFailure.SignatureExpire");
        }
        if (!"ocr".equals(credential.service()) || !Tc3Verifier.scopeDateMatches(credential, seconds)) {
            return Optional.of("AuthFailure.SignatureFailure");
        }
        String expected = Tc3Verifier.expectedSignature(settings.tencentSecretKey(), credential, seconds,
                exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                name -> exchange.getRequestHeaders().getFirst(name), body);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                credential.signature().getBytes(StandardCharsets.UTF_8)) ? Optional.empty()
                : Optional.of("AuthFailure.SignatureFailure");
    }

    private void baiduToken(SimulatorExchange exchange) throws IOException {
        Map<String, String> query = FormEncoding.decode(exchange.getRequestURI().getRawQuery());
        if (!settings.baiduApiKey().equals(query.get("client_id")) || !settings.baiduSecretKey().equals(query.get("client_secret"))) {
            record("baidu", "token", "invalid_client");
            respond(exchange, 401, JsonNodeFactory.instance.objectNode().put("error", "invalid_client")
                    .put("error_description", "unknown client id"));
            return;
        }
        String token = "24." + UUID.randomUUID().toString().replace("-", "") + ".2592000." + clock.instant().getEpochSecond() + ".sim";
        validTokens.add(token);
        record("baidu", "token", "issued");
        respond(exchange, 200, JsonNodeFactory.instance.objectNode().put("access_token", token).put("expires_in", 2_592_000)
                .put("scope", "public brain_all_scope").put("session_key", "sim").put("session_secret", "sim"));
    }

    private void baiduRecognise(SimulatorExchange exchange, byte[] body) throws IOException {
        String token = FormEncoding.decode(exchange.getRequestURI().getRawQuery()).get("access_token");
        if (token == null || !validTokens.contains(token)) {
            boolean expired = token != null && expiredTokens.contains(token);
            record("baidu", "bank_receipt_new", expired ? "token expired" : "token invalid");
            baiduError(exchange, expired ? 111 : 110, expired ? "Access token expired" : "Access token invalid or no longer valid");
            return;
        }
        byte[] image = Base64.getDecoder().decode(FormEncoding.decode(new String(body, StandardCharsets.UTF_8)).getOrDefault("image", ""));
        Optional<OcrSample> sample = OcrSamples.in(image);
        if (fault(exchange, "baidu", sample)) {
            return;
        }
        if (sample.isEmpty()) {
            baiduError(exchange, 282103, "target recognize error");
        } else if (sample.get() == OcrSamples.TOO_LARGE) {
            baiduError(exchange, 216202, "image size error");
        } else {
            ObjectNode answer = JsonNodeFactory.instance.objectNode().put("log_id", System.nanoTime())
                    .put("words_result_num", sample.get().fields().size());
            ObjectNode words = answer.putObject("words_result");
            fields(sample.get()).forEach((label, value) -> words.putArray(label).addObject().put("word", value));
            record("baidu", "bank_receipt_new", "recognised " + sample.get().name());
            respond(exchange, 200, answer);
        }
    }

    private Map<String, String> fields(OcrSample sample) {
        Map<String, String> fields = new LinkedHashMap<>(sample.fields());
        fields.replaceAll((label, value) -> OcrSamples.TODAY.equals(value)
                ? LocalDate.now(clock).format(DateTimeFormatter.ofPattern("yyyy年MM月dd日")) : value);
        return fields;
    }

    /** Answers the fault samples; true when it did. */
    private boolean fault(SimulatorExchange exchange, String provider, Optional<OcrSample> sample) throws IOException {
        if (sample.isPresent() && sample.get() == OcrSamples.SERVER_ERROR) {
            record(provider, "recognise", "502");
            respond(exchange, 502, JsonNodeFactory.instance.objectNode().put("message", "bad gateway"));
            return true;
        }
        if (sample.isPresent() && sample.get() == OcrSamples.SLOW) {
            record(provider, "recognise", "slow");
            try {
                Thread.sleep(SLOW.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return false;
    }

    private void tencentError(SimulatorExchange exchange, String code, String message) throws IOException {
        record("tencent", "BankSlipOCR", code);
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.putObject("Response").put("RequestId", UUID.randomUUID().toString())
                .putObject("Error").put("Code", code).put("Message", message);
        respond(exchange, 200, response);
    }

    private void baiduError(SimulatorExchange exchange, int code, String message) throws IOException {
        record("baidu", "bank_receipt_new", "error " + code);
        respond(exchange, 200, JsonNodeFactory.instance.objectNode().put("error_code", code).put("error_msg", message)
                .put("log_id", System.nanoTime()));
    }

    private void record(String provider, String what, String outcome) {
        journal.add(new Call(clock.instant(), provider, what, outcome));
    }

    private static void respond(SimulatorExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
