package io.contracthub.simulators.kuaidi100;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contracthub.simulators.http.FormEncoding;
import io.contracthub.simulators.http.SimulatorExchange;
import io.contracthub.simulators.http.SimulatorWireMockServer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Kuaidi100's real-time query ({@code POST /poll/query.do}, 实时快递查询) as a caller meets it: form fields
 * {@code customer}, {@code param} and {@code sign}; the sign is the upper-case hex MD5 of param + key + customer, checked
 * against the account it was given. Any waybill number of a known carrier has a track (picked up when first asked
 * about); refusals come as {@code {"result": false, "returnCode", "message"}} with HTTP 200, like the vendor's.
 * {@link #delay} and {@link #down} make it slow or failing for tests.
 */
public final class Kuaidi100Simulator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    /** A few of Kuaidi100's carrier codes (all lower case, as Kuaidi100 writes them). */
    private static final java.util.Set<String> CARRIERS =
            java.util.Set.of("shunfeng", "yuantong", "zhongtong", "shentong", "yunda", "jd", "ems", "debangwuliu");

    private final Kuaidi100SimulatorSettings settings;
    private final Clock clock;
    private final Map<String, SimulatedWaybill> waybills = new ConcurrentHashMap<>();
    private final AtomicInteger queries = new AtomicInteger();
    private volatile long delayMillis;
    private volatile boolean down;
    private SimulatorWireMockServer server;

    public Kuaidi100Simulator(Kuaidi100SimulatorSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public Kuaidi100Simulator(Kuaidi100SimulatorSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public synchronized void start() {
        server = SimulatorWireMockServer.start("kuaidi100", settings.port(), SimulatorExchange.handledBy(this::handle));
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The base URL a caller configures (the vendor's is https://poll.kuaidi100.com). */
    public synchronized String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Every answer waits this long first (0: none). */
    public void delay(long millis) {
        this.delayMillis = millis;
    }

    /** While down, every query answers HTTP 502, as a gateway in front of a failed service would. */
    public void down(boolean down) {
        this.down = down;
    }

    /** Queries received, answered or not. */
    public int queries() {
        return queries.get();
    }

    private void handle(SimulatorExchange exchange) throws IOException {
        try {
            queries.incrementAndGet();
            pause();
            if (down) {
                respond(exchange, 502, "{\"message\":\"bad gateway\"}");
            } else if (!"/poll/query.do".equals(exchange.getRequestURI().getPath()) || !"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 404, "{\"message\":\"not found\"}");
            } else {
                respond(exchange, 200, JSON.writeValueAsString(answer(
                        FormEncoding.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)))));
            }
        } finally {
            exchange.close();
        }
    }

    private ObjectNode answer(Map<String, String> form) throws IOException {
        String customer = form.get("customer");
        String param = form.get("param");
        String sign = form.get("sign");
        if (customer == null || param == null || sign == null) {
            return refusal("400", "找不到对应公司或提交的数据不完整");
        }
        if (!settings.customer().equals(customer)) {
            return refusal("600", "您不是合法的订阅者（即授权Key出错）");
        }
        if (!md5(param + settings.key() + customer).equals(sign)) {
            return refusal("503", "验证签名失败");
        }
        var query = JSON.readTree(param);
        String com = query.path("com").asText("").toLowerCase(java.util.Locale.ROOT);
        String num = query.path("num").asText("");
        if (!CARRIERS.contains(com) || !num.matches("[A-Za-z0-9]{6,32}")) {
            return refusal("500", "查询无结果，请隔段时间再查");
        }
        SimulatedWaybill waybill = waybills.computeIfAbsent(com + "/" + num,
                key -> SimulatedWaybill.firstAskedAt(com, num, LocalDateTime.now(clock.withZone(BEIJING)).withNano(0)));
        return track(waybill);
    }

    private static ObjectNode track(SimulatedWaybill waybill) {
        ObjectNode track = JSON.createObjectNode();
        var scans = waybill.scans();
        track.put("message", "ok").put("nu", waybill.num()).put("ischeck", "0").put("condition", "00")
                .put("com", waybill.com()).put("status", "200").put("state", scans.get(0)[3]);
        ArrayNode data = track.putArray("data");
        for (String[] scan : scans) {
            data.addObject().put("time", scan[0]).put("ftime", scan[0]).put("context", scan[1]).put("location", scan[2])
                    .put("areaName", scan[2]);
        }
        return track;
    }

    private static ObjectNode refusal(String code, String message) {
        return JSON.createObjectNode().put("result", false).put("returnCode", code).put("message", message);
    }

    private void pause() {
        long millis = delayMillis;
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().withUpperCase().formatHex(
                    MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JRE", e);
        }
    }

    private static void respond(SimulatorExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
