package io.contracthub.simulators.crm;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * How the CRM signs the change events it pushes (the webhook contract the customer's CRM was configured with, in the
 * style of Stripe's webhook signatures): header {@value #HEADER} = {@code t=<unix seconds>,v1=<lowercase hex
 * HmacSHA256(key = shared secret, t + "." + raw body)>}. No vendor publishes a sample for this contract, so the hub's
 * verifier and this signer are cross-checked on the hub's test side against a vector computed with openssl.
 */
public final class CrmEventSignature {

    public static final String HEADER = "X-Hub-Signature";

    private final byte[] secret;

    public CrmEventSignature(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the CRM's webhook secret must not be empty");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String header(long epochSeconds, byte[] rawBody) {
        Objects.requireNonNull(rawBody, "rawBody");
        byte[] prefix = (epochSeconds + ".").getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(prefix);
            return "t=" + epochSeconds + ",v1=" + HexFormat.of().formatHex(mac.doFinal(rawBody));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
