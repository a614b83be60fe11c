package io.contracthub.simulators;

import io.contracthub.connectors.crm.CrmWebhookSettings;
import io.contracthub.connectors.crm.CrmWebhookVerifier;
import io.contracthub.connectors.dingtalk.DingtalkRobotSigner;
import io.contracthub.connectors.kingdee.KingdeeLoginSign;
import io.contracthub.connectors.ocr.tencent.Tc3Signer;
import io.contracthub.connectors.ocr.tencent.TencentOcrSettings;
import io.contracthub.simulators.crm.CrmEventSignature;
import io.contracthub.simulators.dingtalk.RobotSignature;
import io.contracthub.simulators.kingdee.LoginBySign;
import io.contracthub.simulators.ocr.Tc3Verifier;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Where no vendor publishes a sample, the hub's implementation (connectors) and the simulator's own (written again
 * from the vendor's description) must both produce the value openssl computes; the command is next to each value.
 * The simulators share no code with the hub, so a protocol slip on either side fails here.
 */
class HubAndSimulatorAgreeTest {

    @Test
    void crmWebhookSignature() {
        // printf '%s' '1732600000.{"eventId":"crm-evt-1","stage":"SIGNED"}' | openssl dgst -sha256 -hmac whsec_test
        String openssl = "t=1732600000,v1=ba9f2f89dac39dfe9ccd5716d65c9d45d1d29aaa914b6f8236f4b620d680744f";
        byte[] body = "{\"eventId\":\"crm-evt-1\",\"stage\":\"SIGNED\"}".getBytes(StandardCharsets.UTF_8);

        String simulator = new CrmEventSignature("whsec_test").header(1_732_600_000L, body);

        assertThat(simulator).isEqualTo(openssl);
        assertThatCode(() -> new CrmWebhookVerifier(CrmWebhookSettings.of("whsec_test", Duration.ofMinutes(5)))
                .verify(openssl, body, Instant.ofEpochSecond(1_732_600_030L))).doesNotThrowAnyException();
    }

    @Test
    void dingtalkRobotSign() {
        // printf '1732600000000\nSEC1234567890abcdef' | openssl dgst -sha256 -hmac SEC1234567890abcdef -binary | base64
        String openssl = "rF72GF8tQtizfGzgMYt0KMhUm26cVTp6fmVCRMuNQ6Q=";

        assertThat(RobotSignature.of("SEC1234567890abcdef", 1_732_600_000_000L)).isEqualTo(openssl);
        assertThat(URLDecoder.decode(DingtalkRobotSigner.sign("SEC1234567890abcdef", 1_732_600_000_000L), StandardCharsets.UTF_8))
                .isEqualTo(openssl);
    }

    @Test
    void kingdeeLoginBySign() {
        // printf '%s' '170000000063f1a0adminapp_1s3cret' | openssl dgst -sha256
        String openssl = "acfd8091432dad9ab91e52a0306239458e672e988d3391d8dba35f4c56e6ead6";

        assertThat(LoginBySign.sign("63f1a0", "admin", "app_1", "s3cret", 1_700_000_000L)).isEqualTo(openssl);
        assertThat(KingdeeLoginSign.sign("63f1a0", "admin", "app_1", "s3cret", 1_700_000_000L)).isEqualTo(openssl);
    }

    @Test
    void tencentTc3ForTheOcrHost() {
        // the openssl vector of the hub's Tc3SignerTest: body {"ImageUrl":"https://example.com/slip.jpg"}, key
        // secretKeyExample, 1732600000, host ocr.tencentcloudapi.com, service ocr (the documented key chain in openssl)
        String openssl = "48b3e9564b96ea80388d6a022531baddf6b50ac4bb74b3339df77ca4b898a43f";
        byte[] body = "{\"ImageUrl\":\"https://example.com/slip.jpg\"}".getBytes(StandardCharsets.UTF_8);
        Tc3Signer hub = new Tc3Signer(TencentOcrSettings.bankSlip("AKIDEXAMPLE", "secretKeyExample", "ap-guangzhou"),
                "ocr.tencentcloudapi.com", Clock.fixed(Instant.ofEpochSecond(1_732_600_000L), ZoneOffset.UTC));
        Map<String, String> sent = hub.headers("POST", "/", body);

        Tc3Verifier.Credential credential = Tc3Verifier.parse(sent.get("Authorization")).orElseThrow();
        String simulator = Tc3Verifier.expectedSignature("secretKeyExample", credential, 1_732_600_000L, "POST", "/", "",
                Map.of("content-type", sent.get("Content-Type"), "host", "ocr.tencentcloudapi.com")::get, body);

        assertThat(credential.signature()).isEqualTo(openssl);
        assertThat(simulator).isEqualTo(openssl);
    }
}
