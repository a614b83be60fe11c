package io.contracthub.simulators.his;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.his.QualificationQuery;
import io.contracthub.connectors.his.QualificationSoap;
import io.contracthub.connectors.his.QualificationVerdict;
import io.contracthub.simulators.people.SimpleHttpServer;
import io.contracthub.simulators.people.SimpleHttpServer.Request;
import io.contracthub.simulators.people.SimpleHttpServer.Response;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulated hospital HIS qualification service (SOAP, the contract in connectors' wsdl/his-qualification.wsdl):
 * <ul>
 *   <li>{@code POST /his/QualificationService}: holds the request for the configured latency (default 4.2 s), then
 *       answers VALID, or REVOKED / NOT_FOUND for licences registered so, EXPIRED when the licence's date has passed;
 *       off-contract requests get a Client fault</li>
 *   <li>{@code GET /his/journal}: the requests received; {@code POST /his/control} {"mode": "UP|OUTAGE|FAULT",
 *       "latencyMs": n}</li>
 * </ul>
 */
public final class HisSimulator {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the HIS received it, and when it answered (null while it still holds it). */
    public record ReceivedCheck(Instant receivedAt, String requestId, String licenceNumber, String creditCode,
                                String mode, String answered) {
    }

    private final HisSimulatorSettings settings;
    private final Clock clock;
    private final List<ReceivedCheck> journal = new CopyOnWriteArrayList<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final Set<String> unknown = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile HisMode mode = HisMode.UP;
    private volatile Duration latency;
    private SimpleHttpServer server;

    public HisSimulator(HisSimulatorSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public HisSimulator(HisSimulatorSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = clock;
        this.latency = settings.latency();
    }

    public synchronized void start() {
        if (server == null) {
            server = SimpleHttpServer.start("his", settings.port(), this::handle);
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public synchronized int port() {
        return server.port();
    }

    public String endpointUrl() {
        return "http://127.0.0.1:" + port() + "/his/QualificationService";
    }

    public void mode(HisMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    public void latency(Duration latency) {
        this.latency = Objects.requireNonNull(latency, "latency");
    }

    public void registerRevoked(String licenceNumber) {
        revoked.add(licenceNumber);
    }

    public void registerUnknown(String licenceNumber) {
        unknown.add(licenceNumber);
    }

    /** Requests the HIS is holding right now (received, not yet answered). */
    public int inFlight() {
        return inFlight.get();
    }

    public List<ReceivedCheck> journal() {
        return List.copyOf(journal);
    }

    private Response handle(Request request) throws Exception {
        String route = request.method() + " " + request.path();
        return switch (route) {
            case "POST /his/QualificationService" -> verify(request.bodyText());
            case "GET /his/journal" -> Response.json(200, journal);
            case "POST /his/control" -> control(JSON.readTree(request.body()));
            default -> Response.json(404, Map.of("code", "not_found", "message", route));
        };
    }

    private Response control(JsonNode body) {
        if (body.hasNonNull("mode")) {
            mode(HisMode.valueOf(body.path("mode").asText()));
        }
        if (body.hasNonNull("latencyMs")) {
            latency(Duration.ofMillis(body.path("latencyMs").asLong()));
        }
        return Response.json(200, Map.of("mode", mode.name(), "latencyMs", latency.toMillis()));
    }

    private Response verify(String envelope) throws InterruptedException {
        HisMode current = mode;
        QualificationQuery query;
        try {
            query = QualificationSoap.readRequest(envelope);
        } catch (RuntimeException e) {
            return Response.xml(500, QualificationSoap.fault("Client", "request breaks the contract: " + e.getMessage()));
        }
        int index = journal.size();
        journal.add(new ReceivedCheck(clock.instant(), query.requestId(), query.licenceNumber(), query.creditCode(),
                current.name(), null));
        inFlight.incrementAndGet();
        try {
            if (current == HisMode.OUTAGE) {
                return Response.dropConnection();
            }
            Thread.sleep(latency.toMillis());
            if (current == HisMode.FAULT) {
                return Response.xml(500, QualificationSoap.fault("Server", "HIS database unavailable"));
            }
            QualificationVerdict verdict = verdict(query);
            journal.set(index, new ReceivedCheck(journal.get(index).receivedAt(), query.requestId(), query.licenceNumber(),
                    query.creditCode(), current.name(), verdict.result().name()));
            return Response.xml(200, QualificationSoap.response(verdict));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private QualificationVerdict verdict(QualificationQuery query) {
        if (unknown.contains(query.licenceNumber())) {
            return new QualificationVerdict(query.requestId(), QualificationVerdict.Result.NOT_FOUND, null, null,
                    "no licence " + query.licenceNumber() + " in the registry");
        }
        if (revoked.contains(query.licenceNumber())) {
            return new QualificationVerdict(query.requestId(), QualificationVerdict.Result.REVOKED, query.validUntil(),
                    "上海市药品监督管理局", "licence revoked by the issuing authority");
        }
        if (query.validUntil().isBefore(java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))) {
            return new QualificationVerdict(query.requestId(), QualificationVerdict.Result.EXPIRED, query.validUntil(),
                    "上海市药品监督管理局", "licence expired");
        }
        return new QualificationVerdict(query.requestId(), QualificationVerdict.Result.VALID, query.validUntil(),
                "上海市药品监督管理局", "licence registered and valid");
    }
}
