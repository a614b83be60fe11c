package io.contracthub.connectors.dingtalk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DingtalkRobotSignerTest {

    @Test
    void signsTimestampNewlineSecretAsUrlEncodedBase64HmacSha256() {
        // Python: quote_plus(b64encode(hmac.new(secret, f"{t}\n{secret}", sha256).digest()))
        assertThat(DingtalkRobotSigner.sign("SEC1234567890abcdef", 1732600000000L))
                .isEqualTo("rF72GF8tQtizfGzgMYt0KMhUm26cVTp6fmVCRMuNQ6Q%3D");
    }
}
