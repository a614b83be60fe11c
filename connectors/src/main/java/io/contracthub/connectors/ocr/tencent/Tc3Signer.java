package io.contracthub.connectors.ocr.tencent;

import io.contracthub.connectors.auth.HmacSha256;
import io.contracthub.connectors.http.RequestSigner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Tencent Cloud API v3 signing (TC3-HMAC-SHA256), for POST with a JSON body and the signed headers content-type;host:
 * <pre>
 * CanonicalRequest = POST \n / \n \n content-type:...\nhost:...\n \n content-type;host \n hex(SHA256(body))
 * StringToSign     = TC3-HMAC-SHA256 \n timestamp \n date/service/tc3_request \n hex(SHA256(CanonicalRequest))
 * key chain        = HMAC(HMAC(HMAC("TC3" + secretKey, date), service), "tc3_request")
 * Authorization    = TC3-HMAC-SHA256 Credential=secretId/scope, SignedHeaders=content-type;host, Signature=hex(HMAC(key, StringToSign))
 * </pre>
 * The OCR simulator checks requests with its own verifier (simulators ocr/Tc3Verifier), written again from Tencent's
 * documentation; HubAndSimulatorAgreeTest holds both to the same openssl vector.
 */
public final class Tc3Signer implements RequestSigner {

    public static final String ALGORITHM = "TC3-HMAC-SHA256";
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private final TencentOcrSettings settings;
    private final String host;
    private final Clock clock;

    /** @param host the host (and port, if not the default) the request is sent to, as the Host header carries it */
    public Tc3Signer(TencentOcrSettings settings, String host, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.host = Objects.requireNonNull(host, "host");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Map<String, String> headers(String method, String pathAndQuery, byte[] body) {
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", authorization(timestamp, body));
        headers.put("Content-Type", CONTENT_TYPE);
        headers.put("X-TC-Action", settings.action());
        headers.put("X-TC-Timestamp", Long.toString(timestamp));
        headers.put("X-TC-Version", settings.version());
        headers.put("X-TC-Region", settings.region());
        return headers;
    }

    public String authorization(long timestamp, byte[] body) {
        String scope = DATE.format(Instant.ofEpochSecond(timestamp)) + "/" + settings.service() + "/tc3_request";
        return ALGORITHM + " Credential=" + settings.secretId() + "/" + scope
                + ", SignedHeaders=content-type;host, Signature=" + signature(timestamp, body);
    }

    public String signature(long timestamp, byte[] body) {
        String date = DATE.format(Instant.ofEpochSecond(timestamp));
        String canonicalRequest = "POST\n/\n\ncontent-type:" + CONTENT_TYPE + "\nhost:" + host + "\n\ncontent-type;host\n"
                + sha256Hex(body);
        String stringToSign = ALGORITHM + "\n" + timestamp + "\n" + date + "/" + settings.service() + "/tc3_request\n"
                + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        byte[] secretDate = HmacSha256.sign(("TC3" + settings.secretKey()).getBytes(StandardCharsets.UTF_8), utf8(date));
        byte[] secretService = HmacSha256.sign(secretDate, utf8(settings.service()));
        byte[] secretSigning = HmacSha256.sign(secretService, utf8("tc3_request"));
        return HexFormat.of().formatHex(HmacSha256.sign(secretSigning, utf8(stringToSign)));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
