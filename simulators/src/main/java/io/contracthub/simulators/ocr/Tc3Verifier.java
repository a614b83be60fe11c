package io.contracthub.simulators.ocr;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Tencent Cloud's API gateway checks of a request signed with TC3-HMAC-SHA256 ("签名方法 v3"), rebuilt from the
 * request as it arrived:
 * <pre>
 * CanonicalRequest = method \n path \n query \n (name:value\n for each SignedHeaders name, lowercase, trimmed) \n
 *                    SignedHeaders \n hex(SHA256(body))
 * StringToSign     = TC3-HMAC-SHA256 \n X-TC-Timestamp \n date/service/tc3_request \n hex(SHA256(CanonicalRequest))
 * Signature        = hex(HMAC(HMAC(HMAC(HMAC("TC3" + SecretKey, date), service), "tc3_request"), StringToSign))
 * </pre>
 * where date is the UTC date of X-TC-Timestamp and must be the date of the Credential's scope.
 */
public final class Tc3Verifier {

    public static final String ALGORITHM = "TC3-HMAC-SHA256";
    private static final Pattern AUTHORIZATION = Pattern.compile(ALGORITHM
            + " Credential=([^/]+)/(\\d{4}-\\d{2}-\\d{2})/([a-z0-9]+)/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    /** The parts of an Authorization header. */
    public record Credential(String secretId, String date, String service, String signedHeaders, String signature) {
    }

    private Tc3Verifier() {
    }

    public static Optional<Credential> parse(String authorization) {
        Matcher matcher = authorization == null ? null : AUTHORIZATION.matcher(authorization);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Credential(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4),
                matcher.group(5)));
    }

    /**
     * @param headers the request's header value by lowercase name
     * @return the signature the request should carry
     */
    public static String expectedSignature(String secretKey, Credential credential, long timestamp, String method,
                                           String path, String query, Function<String, String> headers, byte[] body) {
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : credential.signedHeaders().split(";")) {
            String value = headers.apply(name);
            canonicalHeaders.append(name).append(':').append(value == null ? "" : value.trim().toLowerCase(Locale.ROOT))
                    .append('\n');
        }
        String canonicalRequest = method + "\n" + path + "\n" + (query == null ? "" : query) + "\n" + canonicalHeaders
                + "\n" + credential.signedHeaders() + "\n" + sha256Hex(body);
        String date = DATE.format(Instant.ofEpochSecond(timestamp));
        String stringToSign = ALGORITHM + "\n" + timestamp + "\n" + date + "/" + credential.service() + "/tc3_request\n"
                + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        byte[] secretDate = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = hmac(secretDate, credential.service());
        byte[] secretSigning = hmac(secretService, "tc3_request");
        return HexFormat.of().formatHex(hmac(secretSigning, stringToSign));
    }

    /** Whether the scope's date is the UTC date of the timestamp, as the gateway requires. */
    public static boolean scopeDateMatches(Credential credential, long timestamp) {
        return credential.date().equals(DATE.format(Instant.ofEpochSecond(timestamp)));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    private static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
