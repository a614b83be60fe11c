package io.contracthub.connectors.auth;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected values computed independently with {@code printf '%s' hello | openssl dgst -sha256 -hmac key}. */
class HmacSha256Test {

    private static final byte[] KEY = "key".getBytes(StandardCharsets.UTF_8);
    private static final String HELLO_HEX = "9307b3b915efb5171ff14d8cb55fbcc798c6c0ef1456d66ded1a6aa723a58b7b";

    @Test
    void hexIsTheLowercaseHexOfTheHmacOfTheUtf8Data() {
        assertThat(HmacSha256.hex(KEY, "hello")).isEqualTo(HELLO_HEX);
    }

    @Test
    void base64IsThePaddedStandardBase64OfTheSameHmac() {
        assertThat(HmacSha256.base64(KEY, "hello")).isEqualTo("kwezuRXvtRcf8U2MtV+8x5jGwO8UVtZt7RpqpyOli3s=");
    }

    @Test
    void signReturnsTheRaw32ByteHmac() {
        byte[] mac = HmacSha256.sign(KEY, "hello".getBytes(StandardCharsets.UTF_8));

        assertThat(mac).hasSize(32).isEqualTo(HexFormat.of().parseHex(HELLO_HEX));
    }

    @Test
    void constantTimeEqualsIsTrueOnlyForIdenticalStrings() {
        assertThat(HmacSha256.constantTimeEquals(HELLO_HEX, HELLO_HEX)).isTrue();
        assertThat(HmacSha256.constantTimeEquals(HELLO_HEX, HELLO_HEX.replace('9', '8'))).isFalse();
        assertThat(HmacSha256.constantTimeEquals(HELLO_HEX, HELLO_HEX.substring(1))).isFalse();
        assertThat(HmacSha256.constantTimeEquals(HELLO_HEX, HELLO_HEX.toUpperCase())).isFalse();
    }

    @Test
    void constantTimeEqualsNeverMatchesNull() {
        assertThat(HmacSha256.constantTimeEquals(null, HELLO_HEX)).isFalse();
        assertThat(HmacSha256.constantTimeEquals(HELLO_HEX, null)).isFalse();
        assertThat(HmacSha256.constantTimeEquals(null, null)).isFalse();
    }
}
