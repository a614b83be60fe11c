package io.contracthub.simulators.esign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.simulators.http.SimulatorExchange;
import io.contracthub.simulators.http.SimulatorWireMockServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated esign on 127.0.0.1.
 * Vendor API (signed requests; a bad signature answers HTTP 401 {@code {"success":false,"code":401,"message":...}};
 * business errors answer HTTP 200 with a non-zero code):
 * <ul>
 *   <li>{@code POST /v3/files/file-upload-url} ({@code contentMd5, contentType, fileName, fileSize} -> {@code fileId,
 *       fileUploadUrl}); then {@code PUT} the bytes to fileUploadUrl (unsigned, like esign's storage: Content-MD5 and
 *       Content-Type must be the declared ones, a mismatch answers HTTP 400 {@code {"errCode":..,"msg":..}})</li>
 *   <li>{@code GET /v3/files/{fileId}} ({@code fileStatus} 1 uploading at first, then 2 ready)</li>
 *   <li>{@code GET /v3/sign-flow/{id}/file-download-url} (completed flows only; {@code files[].downloadUrl})</li>
 *   <li>{@code POST /v3/sign-flow/create-by-file} (the file must be ready)</li>
 *   <li>{@code GET /v3/sign-flow/{id}/detail}</li>
 *   <li>{@code POST /v3/sign-flow/{id}/revoke}</li>
 * </ul>
 * Admin API (unsigned, for the sandbox and tests):
 * <ul>
 *   <li>{@code POST /esign-admin/sign-flows/{id}/complete|revoke|reject|expire} with optional
 *       {@code {"times": 2, "signerNotices": true, "outOfOrder": true, "notify": false}}</li>
 *   <li>{@code GET /esign-admin/sign-flows}, {@code GET /esign-admin/journal}</li>
 * </ul>
 */
final class EsignSimulatorHttpApi {

    // business error codes are invented for the simulator: esign's real list is not public (see the connector README)
    static final int INVALID_PARAMETER = 1435002;
    static final int FLOW_NOT_FOUND = 1437100;
    static final int FLOW_ALREADY_FINAL = 1437101;
    // second-hand codes (see the connector's PROTOCOL.md): file not converted yet, download before the flow finished
    static final int FILE_NOT_READY = 1437513;
    static final int FLOW_NOT_FINISHED = 1437518;
    static final String STORAGE_PREFIX = "/esign-oss/";
    private static final Pattern FILE = Pattern.compile("/v3/files/([^/]+)");
    private static final Pattern DOWNLOAD_URL = Pattern.compile("/v3/sign-flow/([^/]+)/file-download-url");
    private static final Pattern UPLOAD = Pattern.compile("/esign-oss/upload/([^/]+)");
    private static final Pattern SIGNED = Pattern.compile("/esign-oss/signed/([^/]+)/([^/]+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DETAIL = Pattern.compile("/v3/sign-flow/([^/]+)/detail");
    private static final Pattern REVOKE = Pattern.compile("/v3/sign-flow/([^/]+)/revoke");
    private static final Pattern ADMIN_FINISH = Pattern.compile("/esign-admin/sign-flows/([^/]+)/(complete|revoke|reject|expire)");
    private static final Map<String, Integer> ADMIN_STATUSES = Map.of("complete", EsignSimulator.COMPLETED,
            "revoke", EsignSimulator.REVOKED, "reject", EsignSimulator.REJECTED, "expire", EsignSimulator.EXPIRED);

    private final EsignSimulator simulator;
    private SimulatorWireMockServer server;

    private EsignSimulatorHttpApi(EsignSimulator simulator) {
        this.simulator = simulator;
    }

    static EsignSimulatorHttpApi start(EsignSimulator simulator, int port) {
        EsignSimulatorHttpApi api = new EsignSimulatorHttpApi(simulator);
        api.server = SimulatorWireMockServer.start("esign", port, SimulatorExchange.handledBy(api::handle));
        return api;
    }

    int port() {
        return server.port();
    }

    void stop() {
        server.stop();
    }

    private void handle(SimulatorExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            if (path.startsWith("/esign-admin/")) {
                admin(exchange, path, body);
            } else if (path.startsWith(STORAGE_PREFIX)) {
                storage(exchange, path, body);
            } else {
                vendor(exchange, path, body);
            }
        } catch (IllegalArgumentException e) {
            respond(exchange, 400, error("invalid_request", e.getMessage()));
        } catch (NoSuchElementException e) {
            respond(exchange, 404, error("not_found", e.getMessage()));
        } catch (IllegalStateException e) {
            respond(exchange, 409, error("conflict", e.getMessage()));
        } catch (RuntimeException e) {
            respond(exchange, 500, error("internal_error", String.valueOf(e)));
        } finally {
            exchange.close();
        }
    }

    private void vendor(SimulatorExchange exchange, String path, byte[] body) throws IOException {
        String method = exchange.getRequestMethod();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        String what = method + " " + path;
        Optional<String> refusal = simulator.authenticator().refusal(method, path, rawQuery, body, name -> exchange.getRequestHeaders().getFirst(name));
        if (refusal.isPresent()) {
            ObjectNode unauthorised = JsonNodeFactory.instance.objectNode()
                    .put("success", false).put("code", 401).put("message", refusal.get());
            answer(exchange, what, 401, unauthorised);
            return;
        }
        Matcher detail = DETAIL.matcher(path);
        Matcher revoke = REVOKE.matcher(path);
        Matcher file = FILE.matcher(path);
        Matcher downloadUrl = DOWNLOAD_URL.matcher(path);
        if (path.equals("/v3/files/file-upload-url") && method.equals("POST")) {
            SimulatedFile registered = simulator.registerUpload(JSON.readTree(body));
            answer(exchange, what, 200, success(JsonNodeFactory.instance.objectNode()
                    .put("fileId", registered.fileId())
                    .put("fileUploadUrl", simulator.baseUrl() + "/esign-oss/upload/" + registered.fileId()
                            + "?Expires=" + (System.currentTimeMillis() / 1000 + 3600) + "&OSSAccessKeyId=simulated")));
        } else if (file.matches() && method.equals("GET")) {
            Optional<SimulatedFile> read = simulator.readFile(file.group(1));
            answer(exchange, what, 200, read.isPresent() ? success(fileView(read.get()))
                    : vendorError(FILE_NOT_READY, "文件不存在"));
        } else if (downloadUrl.matches() && method.equals("GET")) {
            answer(exchange, what, 200, downloadUrls(downloadUrl.group(1)));
        } else if (path.equals("/v3/sign-flow/create-by-file") && method.equals("POST")) {
            String signFlowId;
            try {
                signFlowId = simulator.createByFile(JSON.readTree(body));
            } catch (EsignSimulator.FileNotReadyException e) {
                answer(exchange, what, 200, vendorError(FILE_NOT_READY, e.getMessage()));
                return;
            }
            answer(exchange, what, 200, success(JsonNodeFactory.instance.objectNode().put("signFlowId", signFlowId)));
        } else if (detail.matches() && method.equals("GET")) {
            Optional<SimulatedSignFlow> flow = simulator.flow(detail.group(1));
            answer(exchange, what, 200, flow.isPresent() ? success(detailOf(flow.get()))
                    : vendorError(FLOW_NOT_FOUND, "签署流程不存在"));
        } else if (revoke.matches() && method.equals("POST")) {
            answer(exchange, what, 200, revoke(revoke.group(1)));
        } else {
            answer(exchange, what, 404, vendorError(404, "No such API: " + what));
        }
    }

    private ObjectNode downloadUrls(String signFlowId) {
        Optional<SimulatedSignFlow> flow = simulator.flow(signFlowId);
        if (flow.isEmpty()) {
            return vendorError(FLOW_NOT_FOUND, "签署流程不存在");
        }
        if (flow.get().status() != EsignSimulator.COMPLETED) {
            return vendorError(FLOW_NOT_FINISHED, "流程未完成，不能下载签署文件");
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ArrayNode files = data.putArray("files");
        for (JsonNode doc : flow.get().request().path("docs")) {
            String fileId = doc.path("fileId").asText();
            files.addObject().put("fileId", fileId).put("fileName", doc.path("fileName").asText())
                    .put("downloadUrl", simulator.baseUrl() + "/esign-oss/signed/" + signFlowId + "/" + fileId
                            + "?Expires=" + (System.currentTimeMillis() / 1000 + 3600));
        }
        data.putArray("attachments");
        return success(data);
    }

    /** The object storage behind esign: unsigned upload and download URLs that esign hands out. */
    private void storage(SimulatorExchange exchange, String path, byte[] body) throws IOException {
        String method = exchange.getRequestMethod();
        Matcher upload = UPLOAD.matcher(path);
        Matcher signed = SIGNED.matcher(path);
        if (upload.matches() && method.equals("PUT")) {
            Optional<String> refusal = simulator.receiveUpload(upload.group(1), body,
                    exchange.getRequestHeaders().getFirst("Content-MD5"), exchange.getRequestHeaders().getFirst("Content-Type"));
            ObjectNode answer = JsonNodeFactory.instance.objectNode()
                    .put("errCode", refusal.isPresent() ? 400 : 0).put("msg", refusal.orElse("成功"));
            answer(exchange, method + " " + path, refusal.isPresent() ? 400 : 200, answer);
        } else if (signed.matches() && method.equals("GET")) {
            Optional<byte[]> pdf = simulator.signedDocument(signed.group(1), signed.group(2));
            if (pdf.isEmpty()) {
                answer(exchange, method + " " + path, 404, error("not_found", "No signed file here"));
                return;
            }
            simulator.journalRequest(method + " " + path, 200, pdf.get().length + " bytes");
            exchange.getResponseHeaders().set("Content-Type", "application/pdf");
            exchange.sendResponseHeaders(200, pdf.get().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(pdf.get());
            }
        } else {
            respond(exchange, 404, error("not_found", "No such object: " + method + " " + path));
        }
    }

    private static ObjectNode fileView(SimulatedFile file) {
        return JsonNodeFactory.instance.objectNode()
                .put("fileId", file.fileId())
                .put("fileName", file.fileName())
                .put("fileSize", file.fileSize())
                .put("fileStatus", file.fileStatus());
    }

    private ObjectNode revoke(String signFlowId) {
        Optional<SimulatedSignFlow> flow = simulator.flow(signFlowId);
        if (flow.isEmpty()) {
            return vendorError(FLOW_NOT_FOUND, "签署流程不存在");
        }
        if (flow.get().isFinal()) {
            return vendorError(FLOW_ALREADY_FINAL, "流程已结束，不能撤销");
        }
        simulator.finish(signFlowId, EsignSimulator.REVOKED, EsignSimulator.Delivery.standard());
        return success(JsonNodeFactory.instance.nullNode());
    }

    private void admin(SimulatorExchange exchange, String path, byte[] body) throws IOException {
        Matcher finish = ADMIN_FINISH.matcher(path);
        if (finish.matches() && exchange.getRequestMethod().equals("POST")) {
            JsonNode options = body.length == 0 ? JsonNodeFactory.instance.objectNode() : JSON.readTree(body);
            EsignSimulator.Delivery delivery = new EsignSimulator.Delivery(options.path("times").asInt(1),
                    options.path("signerNotices").asBoolean(true), options.path("outOfOrder").asBoolean(false),
                    options.path("notify").asBoolean(true));
            SimulatedSignFlow flow = simulator.finish(finish.group(1), ADMIN_STATUSES.get(finish.group(2)), delivery);
            respond(exchange, 200, flowView(flow));
        } else if (path.equals("/esign-admin/sign-flows")) {
            ArrayNode all = JsonNodeFactory.instance.arrayNode();
            simulator.flows().forEach(flow -> all.add(flowView(flow)));
            respond(exchange, 200, all);
        } else if (path.equals("/esign-admin/journal")) {
            ArrayNode journal = JsonNodeFactory.instance.arrayNode();
            for (EsignJournalEntry entry : simulator.journal()) {
                journal.addObject().put("at", entry.at().toString()).put("direction", entry.direction())
                        .put("what", entry.what()).put("status", entry.status()).put("body", entry.body());
            }
            respond(exchange, 200, journal);
        } else {
            respond(exchange, 404, error("not_found", "No such route: " + exchange.getRequestMethod() + " " + path));
        }
    }

    private void answer(SimulatorExchange exchange, String what, int status, JsonNode body) throws IOException {
        simulator.journalRequest(what, status, body.toString());
        respond(exchange, status, body);
    }

    private static ObjectNode detailOf(SimulatedSignFlow flow) {
        ObjectNode detail = JsonNodeFactory.instance.objectNode()
                .put("signFlowStatus", flow.status())
                .put("signFlowDescription", flow.isFinal() ? "finished" : "signing")
                .put("rescissionStatus", 0)
                .put("signFlowCreateTime", flow.createdAt().toEpochMilli())
                .put("signFlowStartTime", flow.createdAt().toEpochMilli());
        if (flow.finishedAt() != null) {
            detail.put("signFlowFinishTime", flow.finishedAt().toEpochMilli());
        }
        detail.set("signFlowConfig", flow.request().path("signFlowConfig"));
        detail.set("docs", flow.request().path("docs"));
        detail.set("signers", flow.request().path("signers"));
        return detail;
    }

    private static ObjectNode flowView(SimulatedSignFlow flow) {
        ObjectNode view = JsonNodeFactory.instance.objectNode()
                .put("signFlowId", flow.signFlowId())
                .put("title", flow.title())
                .put("status", flow.status())
                .put("notifyUrl", flow.notifyUrl())
                .put("autoFinish", flow.autoFinish())
                .put("createdAt", flow.createdAt().toString());
        view.put("finishedAt", flow.finishedAt() == null ? null : flow.finishedAt().toString());
        return view;
    }

    private static ObjectNode success(JsonNode data) {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode().put("code", 0).put("message", "成功");
        envelope.set("data", data);
        return envelope;
    }

    private static ObjectNode vendorError(int code, String message) {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode().put("code", code).put("message", message);
        envelope.putNull("data");
        return envelope;
    }

    private static ObjectNode error(String code, String message) {
        return JsonNodeFactory.instance.objectNode().put("code", code).put("message", message);
    }

    private static void respond(SimulatorExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
