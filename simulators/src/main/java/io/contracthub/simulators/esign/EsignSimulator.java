package io.contracthub.simulators.esign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated esign (e签宝 Open API v3): verifies request signatures like the gateway, keeps sign flows with their
 * status, and - told through its admin API - completes, revokes, rejects or expires a flow, posting correctly signed
 * callbacks to the flow's notifyUrl or, without one, to the URL set in its "console" ({@link #pushCallbacksTo}).
 * Callbacks can be delivered several times or out of order on request. See {@link EsignSimulatorHttpApi} for routes.
 */
public final class EsignSimulator {

    public static final int SIGNING = 1;
    public static final int COMPLETED = 2;
    public static final int REVOKED = 3;
    public static final int EXPIRED = 5;
    public static final int REJECTED = 7;
    private static final Map<Integer, String> DESCRIPTIONS = Map.of(COMPLETED, "完成", REVOKED, "撤销", EXPIRED, "过期", REJECTED, "拒签");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * How the callbacks of one change are delivered.
     *
     * @param times         how often each callback is posted (esign may deliver a notice twice)
     * @param signerNotices whether SIGN_MISSON_COMPLETE notices precede SIGN_FLOW_COMPLETE
     * @param outOfOrder    post SIGN_FLOW_COMPLETE first and the (older) signer notices after it
     * @param sendCallbacks false: change the flow silently, as when every callback was lost
     */
    public record Delivery(int times, boolean signerNotices, boolean outOfOrder, boolean sendCallbacks) {

        public static Delivery standard() {
            return new Delivery(1, true, false, true);
        }
    }

    private final EsignSimulatorSettings settings;
    private final Clock clock;
    private final Map<String, SimulatedSignFlow> flows = new ConcurrentHashMap<>();
    private final Map<String, SimulatedFile> files = new ConcurrentHashMap<>();
    private volatile int readsUntilFileReady = 1;
    private final EsignJournal journal = new EsignJournal();
    private final EsignCallbackSender callbacks;
    private final EsignRequestAuthenticator authenticator;
    private volatile String consolePushUrl;
    private EsignSimulatorHttpApi httpApi;

    public EsignSimulator(EsignSimulatorSettings settings) {
        this(settings, Clock.systemUTC());
    }

    EsignSimulator(EsignSimulatorSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.callbacks = new EsignCallbackSender(settings.appId(), settings.appSecret(), clock);
        this.authenticator = new EsignRequestAuthenticator(settings.appId(), settings.appSecret(), clock);
    }

    public synchronized void start() {
        if (httpApi != null) {
            throw new IllegalStateException("The esign simulator is already started");
        }
        httpApi = EsignSimulatorHttpApi.start(this, settings.port());
    }

    public synchronized void stop() {
        if (httpApi != null) {
            httpApi.stop();
            httpApi = null;
        }
    }

    public synchronized int port() {
        if (httpApi == null) {
            throw new IllegalStateException("The esign simulator is not started");
        }
        return httpApi.port();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The push URL set in esign's console ("消息推送"): used for flows created without a notifyUrl. */
    public void pushCallbacksTo(String url) {
        this.consolePushUrl = url;
    }

    /** How many status queries after an upload still answer "uploading" (1 by default; 0: ready at once). */
    public void fileReadyAfterReads(int reads) {
        this.readsUntilFileReady = Math.max(0, reads);
    }

    /**
     * Step 1 of esign's upload: registers a file by its declared MD5 (Base64 of the raw digest), type, name and size.
     *
     * @throws IllegalArgumentException when a field is missing or the MD5 is not Base64 of 16 bytes
     */
    SimulatedFile registerUpload(JsonNode request) {
        String contentMd5 = request.path("contentMd5").asText("");
        String contentType = request.path("contentType").asText("");
        String fileName = request.path("fileName").asText("");
        long fileSize = request.path("fileSize").asLong(0);
        if (contentType.isEmpty() || fileName.isEmpty() || fileSize <= 0 || !isBase64Md5(contentMd5)) {
            throw new IllegalArgumentException("contentMd5 (Base64 of the MD5 digest), contentType, fileName and fileSize are required");
        }
        String fileId = UUID.randomUUID().toString().replace("-", "");
        SimulatedFile file = new SimulatedFile(fileId, fileName, contentType, contentMd5, fileSize, null,
                SimulatedFile.NOT_UPLOADED, 0);
        files.put(fileId, file);
        return file;
    }

    /**
     * Step 2: the bytes PUT to the upload URL, refused (as the storage behind esign does) unless the Content-MD5 and
     * Content-Type headers are those declared in step 1 and the bytes have that MD5.
     *
     * @return empty when stored, else why not
     */
    Optional<String> receiveUpload(String fileId, byte[] bytes, String contentMd5Header, String contentTypeHeader) {
        SimulatedFile file = files.get(fileId);
        if (file == null) {
            throw new NoSuchElementException("No upload URL was issued for file " + fileId);
        }
        if (!file.contentMd5().equals(contentMd5Header)) {
            return Optional.of("Content-MD5 header does not match the contentMd5 declared for the file");
        }
        if (!file.contentMd5().equals(md5(bytes))) {
            return Optional.of("The uploaded bytes do not match Content-MD5");
        }
        if (contentTypeHeader == null || !file.contentType().equalsIgnoreCase(contentTypeHeader.trim())) {
            return Optional.of("Content-Type header does not match the contentType declared for the file");
        }
        if (file.fileSize() != bytes.length) {
            return Optional.of("The uploaded size does not match fileSize");
        }
        files.put(fileId, file.uploaded(bytes, readsUntilFileReady));
        return Optional.empty();
    }

    /** Step 3: the file's status as this query sees it; each query while uploading brings it closer to ready. */
    Optional<SimulatedFile> readFile(String fileId) {
        SimulatedFile[] seen = new SimulatedFile[1];
        files.computeIfPresent(fileId, (id, file) -> {
            seen[0] = file;
            return file.read();
        });
        return Optional.ofNullable(seen[0]);
    }

    public Optional<SimulatedFile> file(String fileId) {
        return Optional.ofNullable(files.get(fileId));
    }

    /**
     * The signed copy of a completed flow's document: the uploaded PDF with esign's signature appended as an
     * incremental update (simulated: a comment section naming the flow, so its hash differs from the original).
     */
    Optional<byte[]> signedDocument(String signFlowId, String fileId) {
        SimulatedSignFlow flow = flows.get(signFlowId);
        SimulatedFile file = files.get(fileId);
        if (flow == null || file == null || file.content() == null || flow.status() != COMPLETED) {
            return Optional.empty();
        }
        String update = "\n%e-sign simulated signature: sign flow " + signFlowId + " completed "
                + flow.finishedAt() + "\n%%EOF\n";
        byte[] appended = update.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] signed = java.util.Arrays.copyOf(file.content(), file.content().length + appended.length);
        System.arraycopy(appended, 0, signed, file.content().length, appended.length);
        return Optional.of(signed);
    }

    /** Creates a flow in status 1 (signing): autoStart is the vendor default and the only mode simulated. */
    String createByFile(JsonNode request) {
        String fileId = request.path("docs").path(0).path("fileId").asText("");
        if (fileId.isEmpty()) {
            throw new IllegalArgumentException("docs[0].fileId is required");
        }
        SimulatedFile file = files.get(fileId);
        if (file == null || !file.isReady()) {
            throw new FileNotReadyException(fileId);
        }
        List<SimulatedSignFlow.Signer> signers = new ArrayList<>();
        for (JsonNode signer : request.path("signers")) {
            signers.add(new SimulatedSignFlow.Signer(signers.size() + 1, signer.path("orgSignerInfo").path("orgName").asText("signer"),
                    signer.path("signFields").path(0).path("customBizNum").asText(null)));
        }
        if (signers.isEmpty()) {
            throw new IllegalArgumentException("signers must not be empty");
        }
        JsonNode config = request.path("signFlowConfig");
        String id = UUID.randomUUID().toString().replace("-", "");
        flows.put(id, new SimulatedSignFlow(id, config.path("signFlowTitle").asText(""), config.path("notifyUrl").asText(null),
                config.path("autoFinish").asBoolean(false), List.copyOf(signers), SIGNING, clock.instant(), null, request));
        return id;
    }

    public Optional<SimulatedSignFlow> flow(String signFlowId) {
        return Optional.ofNullable(flows.get(signFlowId));
    }

    public List<SimulatedSignFlow> flows() {
        return List.copyOf(flows.values());
    }

    /**
     * Moves a signing flow to a final status (2, 3, 5 or 7) and delivers the callbacks.
     *
     * @throws NoSuchElementException for an unknown flow
     * @throws IllegalStateException  when the flow is already final
     */
    public SimulatedSignFlow finish(String signFlowId, int status, Delivery delivery) {
        if (!DESCRIPTIONS.containsKey(status)) {
            throw new IllegalArgumentException("Not a final signFlowStatus: " + status);
        }
        Instant now = clock.instant();
        SimulatedSignFlow finished = flows.compute(signFlowId, (id, flow) -> {
            if (flow == null) {
                throw new NoSuchElementException("No sign flow " + signFlowId);
            }
            if (flow.isFinal()) {
                throw new IllegalStateException("Sign flow " + signFlowId + " is already final (status " + flow.status() + ")");
            }
            return flow.finish(status, now);
        });
        if (delivery.sendCallbacks()) {
            deliver(finished, callbacksFor(finished, delivery), delivery.times());
        }
        return finished;
    }

    public List<EsignJournalEntry> journal() {
        return journal.all();
    }

    void journalRequest(String what, int status, String body) {
        journal.record(new EsignJournalEntry(clock.instant(), "request", what, status, body));
    }

    EsignRequestAuthenticator authenticator() {
        return authenticator;
    }

    private List<String> callbacksFor(SimulatedSignFlow flow, Delivery delivery) {
        List<String> notices = new ArrayList<>();
        if (delivery.signerNotices() && (flow.status() == COMPLETED || flow.status() == REJECTED)) {
            // signers signed one after the other before the flow finished; a rejection is the first signer's
            List<SimulatedSignFlow.Signer> signers = flow.status() == COMPLETED ? flow.signers() : flow.signers().subList(0, 1);
            long operateTime = flow.finishedAt().toEpochMilli() - 1000L * signers.size();
            for (SimulatedSignFlow.Signer signer : signers) {
                notices.add(signerNotice(flow, signer, operateTime += 1000, flow.status() == COMPLETED ? 2 : 4));
            }
        }
        String flowNotice = flowNotice(flow);
        List<String> ordered = new ArrayList<>();
        if (delivery.outOfOrder()) {
            ordered.add(flowNotice);
            ordered.addAll(notices);
        } else {
            ordered.addAll(notices);
            ordered.add(flowNotice);
        }
        return ordered;
    }

    private String flowNotice(SimulatedSignFlow flow) {
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("action", "SIGN_FLOW_COMPLETE")
                .put("timestamp", clock.millis())
                .put("signFlowId", flow.signFlowId())
                .put("signFlowTitle", flow.title())
                .put("signFlowStatus", String.valueOf(flow.status()))
                .put("statusDescription", DESCRIPTIONS.get(flow.status()))
                .put("signFlowCreateTime", flow.createdAt().toEpochMilli())
                .put("signFlowStartTime", flow.createdAt().toEpochMilli())
                .put("signFlowFinishTime", flow.finishedAt().toEpochMilli());
        return json(body);
    }

    private String signerNotice(SimulatedSignFlow flow, SimulatedSignFlow.Signer signer, long operateTime, int signResult) {
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("action", "SIGN_MISSON_COMPLETE")
                .put("timestamp", clock.millis())
                .put("signFlowId", flow.signFlowId())
                .put("customBizNum", signer.customBizNum())
                .put("signOrder", signer.signOrder())
                .put("operateTime", operateTime)
                .put("signResult", signResult)
                .put("resultDescription", signResult == 2 ? "签署完成" : "拒签");
        body.putObject("operator").put("psnId", "psn-" + signer.signOrder())
                .putObject("psnAccount").put("accountMobile", "1380000000" + signer.signOrder());
        body.putObject("organization").put("orgId", "org-" + signer.signOrder()).put("orgName", signer.orgName());
        return json(body);
    }

    private void deliver(SimulatedSignFlow flow, List<String> bodies, int times) {
        String url = flow.notifyUrl() != null && !flow.notifyUrl().isBlank() ? flow.notifyUrl() : consolePushUrl;
        for (String body : bodies) {
            for (int i = 0; i < Math.max(1, times); i++) {
                int status = url == null ? 0 : callbacks.post(url, body);
                journal.record(new EsignJournalEntry(clock.instant(), "callback", url == null ? "no callback URL" : url, status, body));
            }
        }
    }

    /** esign refuses a sign flow on a file it does not know or has not finished taking in. */
    static final class FileNotReadyException extends RuntimeException {
        FileNotReadyException(String fileId) {
            super("文件未上传完成或不存在: " + fileId);
        }
    }

    private static boolean isBase64Md5(String value) {
        try {
            return java.util.Base64.getDecoder().decode(value).length == 16;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String md5(byte[] bytes) {
        return EsignGatewaySignature.contentMd5(bytes);
    }

    private static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }
}
