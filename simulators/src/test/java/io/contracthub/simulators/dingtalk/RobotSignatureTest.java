package io.contracthub.simulators.dingtalk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** DingTalk's robot documentation gives the algorithm, not a value: the expected sign was computed with openssl. */
class RobotSignatureTest {

    @Test
    void signsTimestampNewlineSecretWithHmacSha256InBase64() {
        // printf '1732600000000\nSEC1234567890abcdef' | openssl dgst -sha256 -hmac SEC1234567890abcdef -binary | base64
        assertThat(RobotSignature.of("SEC1234567890abcdef", 1_732_600_000_000L))
                .isEqualTo("rF72GF8tQtizfGzgMYt0KMhUm26cVTp6fmVCRMuNQ6Q=");
    }
}
