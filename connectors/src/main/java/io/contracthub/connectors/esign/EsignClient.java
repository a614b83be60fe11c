package io.contracthub.connectors.esign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.http.JsonHttpClient;
import io.contracthub.connectors.http.VendorError;
import io.contracthub.connectors.resilience.ConnectorResilience;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * esign Open API v3: create a sign flow by file, read its detail, revoke it. Every call is signed
 * ({@link EsignRequestSigner}) and runs under the "esign" resilience. The envelope {@code {"code", "message", "data"}}
 * is a success only with {@code code == 0}; any other code is a {@link ConnectorRejectedException} keeping esign's
 * code and message; HTTP 401 (bad signature or app id) is a
 * {@link io.contracthub.connectors.http.ConnectorAuthenticationException}.
 */
public final class EsignClient {

    public static final String SYSTEM = "esign";
    static final String CREATE_BY_FILE = "/v3/sign-flow/create-by-file";

    private final JsonHttpClient http;
    private final ConnectorResilience resilience;

    public EsignClient(HttpEndpoint endpoint, EsignSettings settings, ObjectMapper objectMapper, Clock clock,
                       ConnectorResilience resilience) {
        this.http = new JsonHttpClient(endpoint, objectMapper, new EsignRequestSigner(settings, clock),
                VendorError.fields("code", "message"));
        this.resilience = Objects.requireNonNull(resilience, "resilience");
    }

    /** Creates and (autoStart) starts the flow; answers its signFlowId. */
    public String createSignFlowByFile(SignFlowRequest request) {
        JsonNode data = data(resilience.call(() -> http.post(CREATE_BY_FILE, body(request))));
        String signFlowId = data.path("signFlowId").asText("");
        if (signFlowId.isEmpty()) {
            throw new ConnectorRejectedException(SYSTEM, 200, null, "create-by-file answered without data.signFlowId");
        }
        return signFlowId;
    }

    public SignFlowDetail signFlowDetail(String signFlowId) {
        JsonNode data = data(resilience.call(() -> http.get("/v3/sign-flow/" + encode(signFlowId) + "/detail")));
        long finishTime = data.path("signFlowFinishTime").asLong(0);
        return new SignFlowDetail(signFlowId, SignFlowStatus.of(data.path("signFlowStatus").asInt(-1)),
                data.path("signFlowDescription").asText(null), finishTime > 0 ? Instant.ofEpochMilli(finishTime) : null);
    }

    public void revokeSignFlow(String signFlowId, String reason) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("revokeReason", reason);
        data(resilience.call(() -> http.post("/v3/sign-flow/" + encode(signFlowId) + "/revoke", body)));
    }

    private static JsonNode data(JsonNode envelope) {
        JsonNode code = envelope.path("code");
        if (!code.isNumber() || code.asInt() != 0) {
            throw new ConnectorRejectedException(SYSTEM, 200, code.isMissingNode() ? null : code.asText(),
                    envelope.path("message").asText(null));
        }
        return envelope.path("data");
    }

    static ObjectNode body(SignFlowRequest request) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("docs").addObject().put("fileId", request.fileId()).put("fileName", request.fileName());
        ObjectNode config = body.putObject("signFlowConfig")
                .put("signFlowTitle", request.title())
                .put("autoStart", true)
                .put("autoFinish", request.autoFinish());
        if (request.notifyUrl() != null && !request.notifyUrl().isBlank()) {
            config.put("notifyUrl", request.notifyUrl());
        }
        ArrayNode signers = body.putArray("signers");
        for (SignFlowRequest.Signer signer : request.signers()) {
            ObjectNode entry = signers.addObject().put("signerType", 1);
            ObjectNode org = entry.putObject("orgSignerInfo").put("orgName", signer.orgName());
            if (signer.orgCreditCode() != null) {
                org.putObject("orgInfo").put("orgIDCardNum", signer.orgCreditCode()).put("orgIDCardType", "CRED_ORG_USCC");
            }
            if (signer.transactorAccount() != null) {
                org.putObject("transactorInfo").put("psnAccount", signer.transactorAccount());
            }
            entry.putArray("signFields").addObject()
                    .put("fileId", request.fileId())
                    .put("customBizNum", request.customBizNum())
                    .putObject("normalSignFieldConfig").putObject("signFieldPosition")
                    .put("positionPage", String.valueOf(signer.positionPage()))
                    .put("positionX", signer.positionX())
                    .put("positionY", signer.positionY());
        }
        return body;
    }

    private static String encode(String pathSegment) {
        return URLEncoder.encode(pathSegment, StandardCharsets.UTF_8);
    }
}
