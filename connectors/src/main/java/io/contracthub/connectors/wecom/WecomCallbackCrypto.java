package io.contracthub.connectors.wecom;

import io.contracthub.connectors.auth.CallbackDecryptionException;
import io.contracthub.connectors.auth.EncryptedCallbackCodec;

import java.time.Clock;
import java.util.Map;

/**
 * WeCom's callback protocol: the URL verification (GET with echostr) and encrypted XML event messages (POST), both
 * signed with msg_signature and encrypted for our corp id.
 */
public final class WecomCallbackCrypto {

    private final EncryptedCallbackCodec codec;
    private final String corpId;

    public WecomCallbackCrypto(WecomCallbackSettings settings, Clock clock) {
        this.codec = new EncryptedCallbackCodec(settings.token(), settings.encodingAesKey(), settings.corpId(), clock);
        this.corpId = settings.corpId();
    }

    /** The plaintext WeCom expects back, verbatim, within one second of its GET. */
    public String verifyUrl(String msgSignature, String timestamp, String nonce, String echostr) {
        return codec.open(msgSignature, timestamp, nonce, echostr);
    }

    /** The decrypted message XML of an event POST. */
    public String openMessage(String msgSignature, String timestamp, String nonce, String body) {
        String encrypt = WecomXml.fields(body).get("Encrypt");
        if (encrypt == null || encrypt.isBlank()) {
            throw new CallbackDecryptionException("the body has no Encrypt element", null);
        }
        return codec.open(msgSignature, timestamp, nonce, encrypt);
    }

    /** The POST body WeCom sends for {@code messageXml}, with the query parameters that sign it (tests). */
    public Map<String, String> sealMessage(String messageXml, String agentId) {
        EncryptedCallbackCodec.Sealed sealed = codec.seal(messageXml);
        String body = "<xml><ToUserName><![CDATA[" + corpId + "]]></ToUserName><AgentID><![CDATA[" + agentId
                + "]]></AgentID><Encrypt><![CDATA[" + sealed.encrypt() + "]]></Encrypt></xml>";
        return Map.of("msg_signature", sealed.signature(), "timestamp", sealed.timestamp(), "nonce", sealed.nonce(),
                "body", body);
    }

    /** A URL verification request for {@code echo}: query parameters msg_signature, timestamp, nonce, echostr. */
    public Map<String, String> sealEcho(String echo) {
        EncryptedCallbackCodec.Sealed sealed = codec.seal(echo);
        return Map.of("msg_signature", sealed.signature(), "timestamp", sealed.timestamp(), "nonce", sealed.nonce(),
                "echostr", sealed.encrypt());
    }
}
