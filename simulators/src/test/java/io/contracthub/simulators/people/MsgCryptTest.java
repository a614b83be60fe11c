package io.contracthub.simulators.people;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the vendors' own published samples, not against anything the hub computes. */
class MsgCryptTest {

    // WeCom "加解密方案说明" / WXBizMsgCrypt sample: the documented token, EncodingAESKey and corp id
    private static final MsgCrypt WECOM = new MsgCrypt("QDG6eK", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
            "wx5823bf96d3bd56c7");
    private static final String WECOM_EVENT_ENCRYPT = "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWf"
            + "rf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4X"
            + "gpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9"
            + "nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCm"
            + "JU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==";

    // DingTalk "回调加解密" documentation sample (token 123456, suite key suite4xxxxxxxxxxxxxxx)
    private static final MsgCrypt DINGTALK = new MsgCrypt("123456", "4g5j64qlyl3zvetqxz5jiocdr586fn2zvjpa8zls3ij",
            "suite4xxxxxxxxxxxxxxx");
    private static final String DINGTALK_EVENT = "{\"EventType\":\"check_create_suite_url\",\"Random\":\"LPIdSnlF\","
            + "\"TestSuiteKey\":\"suite4xxxxxxxxxxxxxxx\"}";
    private static final String DINGTALK_ENCRYPT = "1a3NBxmCFwkCJvfoQ7WhJHB+iX3qHPsc9JbaDznE1i03peOk1LaOQoRz3+nlyGNhwmwJ3vDMG"
            + "+OzrHMeiZI7gTRWVdUBmfxjZ8Ej23JVYa9VrYeJ5as7XM/ZpulX8NEQis44w53h1qAgnC3PRzM7Zc/D6Ibr0rgUathB6zRHP8PYrfgnNOS9Ph"
            + "SBdHlegK+AGGanfwjXuQ9+0pZcy0w9lQ==";

    @Test
    void opensWecomsUrlVerificationSample() {
        assertThat(WECOM.open("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780",
                "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ=="))
                .isEqualTo("1616140317555161061");
    }

    @Test
    void opensWecomsEventMessageSample() {
        String xml = WECOM.open("477715d11cdb4164915debcba66cb864d751f3e6", "1409659813", "1372623149", WECOM_EVENT_ENCRYPT);

        assertThat(xml).contains("<ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>")
                .contains("<Content><![CDATA[hello]]></Content>").contains("<AgentID>218</AgentID>");
    }

    @Test
    void signsWecomsSampleAsWecomDoes() {
        assertThat(WECOM.signature("1409659813", "1372623149", WECOM_EVENT_ENCRYPT))
                .isEqualTo("477715d11cdb4164915debcba66cb864d751f3e6");
    }

    @Test
    void opensDingtalksCallbackSample() {
        assertThat(DINGTALK.open("5a65ceeef9aab2d149439f82dc191dd6c5cbe2c0", "1445827045067", "nEXhMP4r", DINGTALK_ENCRYPT))
                .isEqualTo(DINGTALK_EVENT);
    }

    @Test
    void sealingWithTheSamplesRandomPrefixReproducesDingtalksCiphertextAndSignature() {
        // the sample's 16 random bytes, as decrypting it shows them
        MsgCrypt.Sealed sealed = DINGTALK.seal(DINGTALK_EVENT, "1445827045067", "nEXhMP4r",
                "hU3bEfGZZewzhG5a".getBytes(StandardCharsets.US_ASCII));

        assertThat(sealed.encrypt()).isEqualTo(DINGTALK_ENCRYPT);
        assertThat(sealed.signature()).isEqualTo("5a65ceeef9aab2d149439f82dc191dd6c5cbe2c0");
    }

    @Test
    void refusesASignatureThatDoesNotCoverTheCiphertext() {
        assertThatThrownBy(() -> WECOM.open("477715d11cdb4164915debcba66cb864d751f3e7", "1409659813", "1372623149",
                WECOM_EVENT_ENCRYPT))
                .isInstanceOfSatisfying(MsgCrypt.MsgCryptException.class,
                        e -> assertThat(e.failure()).isEqualTo(MsgCrypt.Failure.SIGNATURE_MISMATCH));
    }

    @Test
    void refusesAMessageForAnotherReceiver() {
        MsgCrypt otherCorp = new MsgCrypt("QDG6eK", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", "ww-other-corp");

        assertThatThrownBy(() -> otherCorp.open("477715d11cdb4164915debcba66cb864d751f3e6", "1409659813", "1372623149",
                WECOM_EVENT_ENCRYPT))
                .isInstanceOfSatisfying(MsgCrypt.MsgCryptException.class,
                        e -> assertThat(e.failure()).isEqualTo(MsgCrypt.Failure.RECEIVER_MISMATCH));
    }
}
