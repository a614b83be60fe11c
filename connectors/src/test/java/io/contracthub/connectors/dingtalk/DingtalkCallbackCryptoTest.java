package io.contracthub.connectors.dingtalk;

import io.contracthub.connectors.auth.WebhookAuthenticationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DingtalkCallbackCryptoTest {

    private static final DingtalkCallbackSettings SETTINGS =
            new DingtalkCallbackSettings("dingtoken", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "dingappkey123");
    // computed independently (openssl + Python), see CallbackCipherTest
    private static final String CIPHERTEXT = "Q3stYC6hdFzMh9T8HCvyDBXcVsbKMbGMQBKMkhf6fPYT2RWi9PInZC2Hq6mG4KvzmqK2W4sr69KtgDPc"
            + "VkT7awVC+nN4AdDwrPCqfefMGAnsf9mWBIhPfLg+vYAD7hJy";

    private final DingtalkCallbackCrypto crypto = new DingtalkCallbackCrypto(SETTINGS, Clock.systemUTC());

    @Test
    void opensTheFixedCheckUrlVector() {
        assertThat(crypto.open("37dda43098bec2af837af2c50acf555d6c7f2ec4", "1732600000", "nonce42", CIPHERTEXT))
                .isEqualTo("{\"EventType\":\"check_url\",\"TimeStamp\":\"1732600000000\"}");
    }

    @Test
    void answersAnEncryptedSignedSuccess() {
        Map<String, String> reply = crypto.successReply();

        assertThat(reply).containsOnlyKeys("msg_signature", "timeStamp", "nonce", "encrypt");
        assertThat(crypto.open(reply.get("msg_signature"), reply.get("timeStamp"), reply.get("nonce"), reply.get("encrypt")))
                .isEqualTo("success");
        assertThat(crypto.isSuccessReply(reply)).isTrue();
    }

    @Test
    void roundTripsAnEvent() {
        Map<String, String> sealed = crypto.seal("{\"EventType\":\"card_action\"}");

        assertThat(crypto.open(sealed.get("msg_signature"), sealed.get("timeStamp"), sealed.get("nonce"), sealed.get("encrypt")))
                .isEqualTo("{\"EventType\":\"card_action\"}");
    }

    @Test
    void refusesAMissingOrWrongSignature() {
        assertThatThrownBy(() -> crypto.open(null, "1732600000", "nonce42", CIPHERTEXT))
                .isInstanceOfSatisfying(WebhookAuthenticationException.class,
                        e -> assertThat(e.code()).isEqualTo(WebhookAuthenticationException.SIGNATURE_MISSING));
        assertThatThrownBy(() -> crypto.open("37dda43098bec2af837af2c50acf555d6c7f2ec4", "1732600001", "nonce42", CIPHERTEXT))
                .isInstanceOfSatisfying(WebhookAuthenticationException.class,
                        e -> assertThat(e.code()).isEqualTo(WebhookAuthenticationException.SIGNATURE_MISMATCH));
    }
}
