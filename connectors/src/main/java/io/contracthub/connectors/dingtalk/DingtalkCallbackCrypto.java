package io.contracthub.connectors.dingtalk;

import io.contracthub.connectors.auth.EncryptedCallbackCodec;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DingTalk's HTTP push callback protocol (open-dingtalk DingCallbackCrypto): JSON {"encrypt"} signed with
 * msg_signature, and the encrypted "success" every push must be answered with, or DingTalk retries it.
 */
public final class DingtalkCallbackCrypto {

    public static final String CHECK_URL = "check_url";
    private static final String SUCCESS = "success";

    private final EncryptedCallbackCodec codec;

    public DingtalkCallbackCrypto(DingtalkCallbackSettings settings, Clock clock) {
        this.codec = new EncryptedCallbackCodec(settings.token(), settings.aesKey(), settings.ownerKey(), clock);
    }

    /** The decrypted event JSON. */
    public String open(String msgSignature, String timestamp, String nonce, String encrypt) {
        return codec.open(msgSignature, timestamp, nonce, encrypt);
    }

    /** {"msg_signature", "timeStamp", "nonce", "encrypt"} of an encrypted "success" (camel-case timeStamp, as DingTalk expects). */
    public Map<String, String> successReply() {
        return reply(codec.seal(SUCCESS));
    }

    /** Same shape as the reply: what DingTalk's push carries (tests); encrypt goes into the JSON body. */
    public Map<String, String> seal(String eventJson) {
        return reply(codec.seal(eventJson));
    }

    /** Whether a reply from the hub is the correctly signed encrypted "success". */
    public boolean isSuccessReply(Map<String, String> reply) {
        try {
            return SUCCESS.equals(open(reply.get("msg_signature"), reply.get("timeStamp"), reply.get("nonce"),
                    reply.get("encrypt")));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Map<String, String> reply(EncryptedCallbackCodec.Sealed sealed) {
        Map<String, String> reply = new LinkedHashMap<>();
        reply.put("msg_signature", sealed.signature());
        reply.put("timeStamp", sealed.timestamp());
        reply.put("nonce", sealed.nonce());
        reply.put("encrypt", sealed.encrypt());
        return reply;
    }
}
