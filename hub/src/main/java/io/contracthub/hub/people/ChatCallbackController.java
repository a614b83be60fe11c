package io.contracthub.hub.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.auth.CallbackDecryptionException;
import io.contracthub.connectors.dingtalk.DingtalkCallbackCrypto;
import io.contracthub.connectors.wecom.WecomCallbackCrypto;
import io.contracthub.connectors.wecom.WecomXml;
import io.contracthub.hub.api.ApiException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The WeCom and DingTalk callbacks. Unlike other webhooks they have handshakes (WeCom's GET with echostr, DingTalk's
 * check_url) and protocol replies (DingTalk's encrypted "success"), so this controller verifies and decrypts, answers
 * the handshake itself, and hands every real message to the system's ingest route (inbox first) before replying.
 * Bad signature or foreign receiver id: 401; undecryptable or malformed: 400; nothing is stored either way.
 */
@RestController
public class ChatCallbackController {

    private final ObjectProvider<WecomCallbackCrypto> wecom;
    private final ObjectProvider<DingtalkCallbackCrypto> dingtalk;
    private final ChatCallbackIngest ingest;
    private final ObjectMapper objectMapper;

    public ChatCallbackController(ObjectProvider<WecomCallbackCrypto> wecom, ObjectProvider<DingtalkCallbackCrypto> dingtalk,
                                  ChatCallbackIngest ingest, ObjectMapper objectMapper) {
        this.wecom = wecom;
        this.dingtalk = dingtalk;
        this.ingest = ingest;
        this.objectMapper = objectMapper;
    }

    /** WeCom's URL verification: the decrypted echostr, verbatim (no quotes, no newline), well within its 1 s. */
    @GetMapping(path = "/webhooks/wecom", produces = MediaType.TEXT_PLAIN_VALUE)
    public String verifyWecomUrl(@RequestParam("msg_signature") String signature, @RequestParam String timestamp,
                                 @RequestParam String nonce, @RequestParam String echostr) {
        return decrypting(() -> enabled(wecom, ChatCallbackConfig.WECOM)
                .verifyUrl(signature, timestamp, nonce, base64(echostr)));
    }

    @PostMapping(path = "/webhooks/wecom", produces = MediaType.TEXT_PLAIN_VALUE)
    public ResponseEntity<String> receiveWecom(@RequestParam("msg_signature") String signature,
                                               @RequestParam String timestamp, @RequestParam String nonce,
                                               @RequestBody(required = false) byte[] body) {
        WecomCallbackCrypto crypto = enabled(wecom, ChatCallbackConfig.WECOM);
        String xml = decrypting(() -> crypto.openMessage(signature, timestamp, nonce, text(body)));
        Map<String, String> fields = decrypting(() -> WecomXml.fields(xml));
        ingest.store(ChatCallbackConfig.WECOM, json(fields));
        // an empty 200 (or "success") tells WeCom not to retry; the hub sends no passive reply
        return ResponseEntity.ok("success");
    }

    @PostMapping(path = "/webhooks/dingtalk", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, String> receiveDingtalk(@RequestParam(name = "msg_signature", required = false) String msgSignature,
                                               @RequestParam(name = "signature", required = false) String signature,
                                               @RequestParam(name = "timestamp", required = false) String timestamp,
                                               @RequestParam(name = "timeStamp", required = false) String timeStamp,
                                               @RequestParam(required = false) String nonce,
                                               @RequestBody(required = false) byte[] body) {
        DingtalkCallbackCrypto crypto = enabled(dingtalk, ChatCallbackConfig.DINGTALK);
        String encrypt = readTree(body).path("encrypt").asText(null);
        if (encrypt == null || encrypt.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "missing_field", "Required field is missing: encrypt",
                    Map.of("field", "encrypt"));
        }
        String eventJson = decrypting(() -> crypto.open(msgSignature != null ? msgSignature : signature,
                timestamp != null ? timestamp : timeStamp, nonce, encrypt));
        JsonNode event = readTree(eventJson.getBytes(StandardCharsets.UTF_8));
        if (!DingtalkCallbackCrypto.CHECK_URL.equals(event.path("EventType").asText())) {
            ingest.store(ChatCallbackConfig.DINGTALK, eventJson.getBytes(StandardCharsets.UTF_8));
        }
        return crypto.successReply();
    }

    private static <T> T enabled(ObjectProvider<T> crypto, String system) {
        T available = crypto.getIfAvailable();
        if (available == null) {
            throw new ApiException(HttpStatus.NOT_FOUND, "unknown_system", "The " + system + " app is not enabled on this hub");
        }
        return available;
    }

    private static <T> T decrypting(Supplier<T> step) {
        try {
            return step.get();
        } catch (CallbackDecryptionException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "undecryptable_body", "The callback cannot be decrypted",
                    Map.of("reason", e.getMessage()));
        }
    }

    // a '+' sent unencoded in the query arrives as a space; Base64 never contains spaces
    private static String base64(String queryValue) {
        return queryValue.replace(' ', '+');
    }

    private static String text(byte[] body) {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    private JsonNode readTree(byte[] body) {
        try {
            JsonNode node = body == null ? null : objectMapper.readTree(body);
            if (node == null || !node.isObject()) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "malformed_json", "The body must be a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "malformed_json", "The body is not valid JSON");
        }
    }

    private byte[] json(Map<String, String> fields) {
        try {
            return objectMapper.writeValueAsBytes(fields);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
