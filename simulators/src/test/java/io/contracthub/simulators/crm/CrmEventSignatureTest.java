package io.contracthub.simulators.crm;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** No vendor sample exists for this webhook contract: the expected value was computed with openssl. */
class CrmEventSignatureTest {

    @Test
    void signsTimestampDotRawBodyWithHmacSha256InLowercaseHex() {
        // printf '%s' '1732600000.{"eventId":"crm-evt-1","stage":"SIGNED"}' | openssl dgst -sha256 -hmac whsec_test
        byte[] body = "{\"eventId\":\"crm-evt-1\",\"stage\":\"SIGNED\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(new CrmEventSignature("whsec_test").header(1_732_600_000L, body))
                .isEqualTo("t=1732600000,v1=ba9f2f89dac39dfe9ccd5716d65c9d45d1d29aaa914b6f8236f4b620d680744f");
    }
}
