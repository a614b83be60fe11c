package io.contracthub.connectors.kingdee;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class KingdeeLoginSignTest {

    @Test
    void signsTheOrdinallySortedConcatenationWithSha256InLowercaseHex() throws Exception {
        // sorted ordinally: "1700000000" < "63f1a0" < "admin" < "app_1" < "s3cret"
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("170000000063f1a0adminapp_1s3cret".getBytes(StandardCharsets.UTF_8)));

        assertThat(KingdeeLoginSign.sign("63f1a0", "admin", "app_1", "s3cret", 1_700_000_000L)).isEqualTo(expected);
    }

    @Test
    void theSignChangesWithTheTimestamp() {
        assertThat(KingdeeLoginSign.sign("a", "u", "app", "s", 1)).isNotEqualTo(KingdeeLoginSign.sign("a", "u", "app", "s", 2));
    }
}
