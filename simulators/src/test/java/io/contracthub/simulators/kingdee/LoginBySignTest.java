package io.contracthub.simulators.kingdee;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kingdee documents the LoginBySign algorithm but publishes no input/output pair, so the expected value was
 * computed with openssl from the documented steps (sort ordinally, concatenate, SHA-256, lowercase hex).
 */
class LoginBySignTest {

    @Test
    void signsTheOrdinallySortedConcatenationWithSha256() {
        // sorted: "1700000000" < "63f1a0" < "admin" < "app_1" < "s3cret"
        // printf '%s' '170000000063f1a0adminapp_1s3cret' | openssl dgst -sha256
        assertThat(LoginBySign.sign("63f1a0", "admin", "app_1", "s3cret", 1_700_000_000L))
                .isEqualTo("acfd8091432dad9ab91e52a0306239458e672e988d3391d8dba35f4c56e6ead6");
    }
}
