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

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * esign Open API v3: upload a document (upload URL, PUT, status), create a sign flow by file, read its detail, revoke
 * it, and fetch the signed files of a completed flow. Every call is signed
 * ({@link EsignRequestSigner}) and runs under the "esign" resilience. The envelope {@code {"code", "message", "data"}}
 * is a success only with {@code code == 0}; any other code is a {@link ConnectorRejectedException} keeping esign's
 * code and message; HTTP 401 (bad signature or app id) is a
 * {@link io.contracthub.connectors.http.ConnectorAuthenticationException}.
 */
public final class EsignClient {

    public static final String SYSTEM = "esign";
    static final String CREATE_BY_FILE = "/v3/sign-flow/create-by-file";
    static final String FILE_UPLOAD_URL = "/v3/files/file-upload-url";

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

    /**
     * Step 1 of an upload: esign registers the file by its Content-MD5 (Base64 of the raw MD5), type, name and size
     * and answers its fileId and the URL to PUT the bytes to.
     */
    public FileUpload requestFileUpload(byte[] content, String contentType, String fileName) {
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("contentMd5", EsignRequestSigner.contentMd5(content))
                .put("contentType", contentType)
                .put("convertToPDF", false)
                .put("fileName", fileName)
                .put("fileSize", content.length);
        JsonNode data = data(resilience.call(() -> http.post(FILE_UPLOAD_URL, body)));
        String fileId = data.path("fileId").asText("");
        String uploadUrl = data.path("fileUploadUrl").asText("");
        if (fileId.isEmpty() || uploadUrl.isEmpty()) {
            throw new ConnectorRejectedException(SYSTEM, 200, null, "file-upload-url answered without fileId or fileUploadUrl");
        }
        return new FileUpload(fileId, URI.create(uploadUrl));
    }

    /**
     * Step 2: the bytes PUT to the upload URL with the Content-MD5 and Content-Type declared in step 1; the storage
     * answers {@code {"errCode":0,"msg":"成功"}} and refuses bytes whose MD5 differs.
     */
    public void uploadFile(FileUpload upload, byte[] content, String contentType) {
        Map<String, String> headers = Map.of("Content-MD5", EsignRequestSigner.contentMd5(content), "Content-Type", contentType);
        JsonNode answer = resilience.call(() -> http.putBytesTo(upload.uploadUrl(), content, headers));
        JsonNode errCode = answer.path("errCode");
        if (!errCode.isMissingNode() && errCode.asInt(-1) != 0) {
            throw new ConnectorRejectedException(SYSTEM, 200, errCode.asText(), answer.path("msg").asText(null));
        }
    }

    /** Step 3: the file's status (esign's fileStatus: 2 uploaded or 5 converted to PDF mean ready). */
    public int fileStatus(String fileId) {
        return data(resilience.call(() -> http.get("/v3/files/" + encode(fileId)))).path("fileStatus").asInt(-1);
    }

    public static boolean isReady(int fileStatus) {
        return fileStatus == 2 || fileStatus == 5;
    }

    /** The signed files of a completed flow and their (short-lived) download URLs. */
    public List<SignedFile> signedFiles(String signFlowId) {
        JsonNode data = data(resilience.call(() -> http.get("/v3/sign-flow/" + encode(signFlowId) + "/file-download-url")));
        List<SignedFile> files = new ArrayList<>();
        for (JsonNode file : data.path("files")) {
            files.add(new SignedFile(file.path("fileId").asText(), file.path("fileName").asText(),
                    URI.create(file.path("downloadUrl").asText())));
        }
        return files;
    }

    public byte[] download(SignedFile file) {
        return resilience.call(() -> http.downloadFrom(file.downloadUrl()));
    }

    /** Where step 2 PUTs the bytes of the file esign registered as {@code fileId}. */
    public record FileUpload(String fileId, URI uploadUrl) {
    }

    public record SignedFile(String fileId, String fileName, URI downloadUrl) {
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
