package io.contracthub.connectors.ocr.tencent;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expected signature computed with openssl from the documented steps (hex SHA-256 of the body and of the canonical
 * request, then the HMAC key chain TC3+key -> date -> ocr -> tc3_request), not with the code under test.
 */
class Tc3SignerTest {

    private static final byte[] BODY = "{\"ImageUrl\":\"https://example.com/slip.jpg\"}".getBytes(StandardCharsets.UTF_8);
    private static final TencentOcrSettings SETTINGS = TencentOcrSettings.bankSlip("AKIDEXAMPLE", "secretKeyExample", "ap-guangzhou");
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_732_600_000L), ZoneOffset.UTC);

    private final Tc3Signer signer = new Tc3Signer(SETTINGS, "ocr.tencentcloudapi.com", CLOCK);

    @Test
    void signatureFollowsTheTc3KeyChain() {
        assertThat(signer.signature(1_732_600_000L, BODY)).isEqualTo("48b3e9564b96ea80388d6a022531baddf6b50ac4bb74b3339df77ca4b898a43f");
    }

    @Test
    void headersCarryTheAuthorizationAndTheActionCoordinates() {
        Map<String, String> headers = signer.headers("POST", "/", BODY);

        assertThat(headers.get("Authorization")).isEqualTo("TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2024-11-26/ocr/tc3_request, "
                + "SignedHeaders=content-type;host, Signature=48b3e9564b96ea80388d6a022531baddf6b50ac4bb74b3339df77ca4b898a43f");
        assertThat(headers).containsEntry("X-TC-Action", "BankSlipOCR").containsEntry("X-TC-Version", "2018-11-19")
                .containsEntry("X-TC-Timestamp", "1732600000").containsEntry("X-TC-Region", "ap-guangzhou")
                .containsEntry("Content-Type", "application/json; charset=utf-8");
    }
}
