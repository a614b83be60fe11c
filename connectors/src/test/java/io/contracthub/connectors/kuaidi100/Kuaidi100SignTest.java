package io.contracthub.connectors.kuaidi100;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Kuaidi100SignTest {

    /**
     * Kuaidi100's documentation shows the rule (MD5 of param + key + customer, upper case) but no worked example with
     * its result, so the expected value was computed independently:
     * <pre>
     * printf '%s' '{"com":"shunfeng","num":"SF1400000000001"}kuaidi100_test_keyKD100TESTCUSTOMER' | md5sum
     * be65591dc31d69bbf2f63469f4fafca9  -
     * </pre>
     */
    @Test
    void signIsTheUpperCaseMd5OfParamKeyAndCustomer() {
        assertThat(Kuaidi100Sign.of("{\"com\":\"shunfeng\",\"num\":\"SF1400000000001\"}", "kuaidi100_test_key",
                "KD100TESTCUSTOMER")).isEqualTo("BE65591DC31D69BBF2F63469F4FAFCA9");
    }

    @Test
    void theParamIsSignedExactlyAsSent() {
        String compact = Kuaidi100Sign.of("{\"com\":\"shunfeng\",\"num\":\"SF1400000000001\"}", "k", "c");
        String spaced = Kuaidi100Sign.of("{\"com\": \"shunfeng\", \"num\": \"SF1400000000001\"}", "k", "c");

        assertThat(compact).isNotEqualTo(spaced).matches("[0-9A-F]{32}");
    }
}
