package io.contracthub.connectors.wecom;

import io.contracthub.connectors.auth.CallbackDecryptionException;
import io.contracthub.connectors.auth.WebhookAuthenticationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the official vectors of Tencent's WXBizMsgCrypt samples (developer.work.weixin.qq.com/document/path/90968). */
class WecomCallbackCryptoTest {

    private static final WecomCallbackSettings OFFICIAL =
            new WecomCallbackSettings("QDG6eK", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", "wx5823bf96d3bd56c7");
    private static final String OFFICIAL_BODY = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA["
            + "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJ"
            + "Ts3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2"
            + "hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4"
            + "EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ"
            + "2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==]]></Encrypt></xml>";

    private final WecomCallbackCrypto crypto = new WecomCallbackCrypto(OFFICIAL, Clock.systemUTC());

    @Test
    void verifiesTheOfficialUrlVerificationRequest() {
        assertThat(crypto.verifyUrl("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780",
                "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ=="))
                .isEqualTo("1616140317555161061");
    }

    @Test
    void opensTheOfficialEventMessage() {
        String xml = crypto.openMessage("477715d11cdb4164915debcba66cb864d751f3e6", "1409659813", "1372623149", OFFICIAL_BODY);

        Map<String, String> fields = WecomXml.fields(xml);
        assertThat(fields).containsEntry("ToUserName", "wx5823bf96d3bd56c7")
                .containsEntry("MsgType", "text")
                .containsEntry("Content", "hello")
                .containsEntry("AgentID", "218");
    }

    @Test
    void roundTripsAMessageItSealed() {
        Map<String, String> sealed = crypto.sealMessage("<xml><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[approve HT-1 付款]]></Content></xml>", "1000002");

        String xml = crypto.openMessage(sealed.get("msg_signature"), sealed.get("timestamp"), sealed.get("nonce"),
                sealed.get("body"));

        assertThat(WecomXml.fields(xml)).containsEntry("Content", "approve HT-1 付款");
    }

    @Test
    void refusesAWrongSignature() {
        assertThatThrownBy(() -> crypto.openMessage("477715d11cdb4164915debcba66cb864d751f3e7", "1409659813",
                "1372623149", OFFICIAL_BODY))
                .isInstanceOfSatisfying(WebhookAuthenticationException.class,
                        e -> assertThat(e.code()).isEqualTo(WebhookAuthenticationException.SIGNATURE_MISMATCH));
    }

    @Test
    void refusesAMessageForAnotherCorp() {
        WecomCallbackCrypto otherCorp = new WecomCallbackCrypto(new WecomCallbackSettings("QDG6eK",
                "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", "ww-other-corp"), Clock.systemUTC());

        assertThatThrownBy(() -> otherCorp.openMessage("477715d11cdb4164915debcba66cb864d751f3e6", "1409659813",
                "1372623149", OFFICIAL_BODY))
                .isInstanceOfSatisfying(WebhookAuthenticationException.class,
                        e -> assertThat(e.code()).isEqualTo("receiver_mismatch"));
    }

    @Test
    void refusesABodyWithoutCiphertextOrNotXml() {
        assertThatThrownBy(() -> crypto.openMessage("x", "1", "2", "<xml><ToUserName>a</ToUserName></xml>"))
                .isInstanceOf(CallbackDecryptionException.class);
        assertThatThrownBy(() -> crypto.openMessage("x", "1", "2", "{\"encrypt\":1}"))
                .isInstanceOf(CallbackDecryptionException.class);
        assertThatThrownBy(() -> crypto.openMessage("x", "1", "2",
                "<!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><Encrypt>&e;</Encrypt></xml>"))
                .isInstanceOf(CallbackDecryptionException.class);
    }
}
