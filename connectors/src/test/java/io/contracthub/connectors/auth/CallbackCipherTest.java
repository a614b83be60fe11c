package io.contracthub.connectors.auth;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scheme shared by WeCom and DingTalk, checked against vectors computed independently (openssl, Python hashlib). */
class CallbackCipherTest {

    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String MESSAGE = "{\"EventType\":\"check_url\",\"TimeStamp\":\"1732600000000\"}";
    private static final byte[] PREFIX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    // openssl enc -aes-256-cbc -nopad over prefix + length + message + "dingappkey123" + 32-byte PKCS#7 padding
    private static final String CIPHERTEXT = "Q3stYC6hdFzMh9T8HCvyDBXcVsbKMbGMQBKMkhf6fPYT2RWi9PInZC2Hq6mG4KvzmqK2W4sr69KtgDPc"
            + "VkT7awVC+nN4AdDwrPCqfefMGAnsf9mWBIhPfLg+vYAD7hJy";

    private final CallbackCipher cipher = new CallbackCipher(AES_KEY, "dingappkey123");

    @Test
    void encryptsToTheIndependentlyComputedVector() {
        assertThat(cipher.encrypt(MESSAGE, PREFIX)).isEqualTo(CIPHERTEXT);
    }

    @Test
    void decryptsTheVector() {
        assertThat(cipher.decrypt(CIPHERTEXT)).isEqualTo(MESSAGE);
    }

    @Test
    void padsToWhole32ByteBlocks() {
        for (int length = 0; length < 70; length++) {
            String message = "x".repeat(length) + "中";
            byte[] encrypted = Base64.getDecoder().decode(cipher.encrypt(message));
            assertThat(encrypted.length % 32).as("length %d", length).isZero();
            assertThat(cipher.decrypt(Base64.getEncoder().encodeToString(encrypted))).isEqualTo(message);
        }
    }

    @Test
    void refusesAMessageForAnotherReceiver() {
        String foreign = new CallbackCipher(AES_KEY, "someone-else").encrypt(MESSAGE);

        assertThatThrownBy(() -> cipher.decrypt(foreign))
                .isInstanceOfSatisfying(WebhookAuthenticationException.class,
                        e -> assertThat(e.code()).isEqualTo(CallbackCipher.RECEIVER_MISMATCH));
    }

    @Test
    void refusesCiphertextItCannotDecrypt() {
        assertThatThrownBy(() -> cipher.decrypt("not base64 !")).isInstanceOf(CallbackDecryptionException.class);
        assertThatThrownBy(() -> cipher.decrypt("AAAA")).isInstanceOf(CallbackDecryptionException.class);
        String otherKey = new CallbackCipher("ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut", "dingappkey123").encrypt(MESSAGE);
        assertThatThrownBy(() -> cipher.decrypt(otherKey)).isInstanceOfAny(CallbackDecryptionException.class,
                WebhookAuthenticationException.class);
    }

    @Test
    void signatureIsSha1OfTheSortedParts() {
        // Python: hashlib.sha1("".join(sorted(["dingtoken", "1732600000", "nonce42", CIPHERTEXT]))).hexdigest()
        assertThat(CallbackSignature.of("dingtoken", "1732600000", "nonce42", CIPHERTEXT))
                .isEqualTo("37dda43098bec2af837af2c50acf555d6c7f2ec4");
        assertThat(CallbackSignature.matches("37DDA43098BEC2AF837AF2C50ACF555D6C7F2EC4", "dingtoken", "1732600000",
                "nonce42", CIPHERTEXT)).isTrue();
        assertThat(CallbackSignature.matches("37dda43098bec2af837af2c50acf555d6c7f2ec5", "dingtoken", "1732600000",
                "nonce42", CIPHERTEXT)).isFalse();
    }
}
