package io.contracthub.simulators.his;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.simulators.people.SimpleHttpServer;
import io.contracthub.simulators.people.SimpleHttpServer.Request;
import io.contracthub.simulators.people.SimpleHttpServer.Response;
import io.contracthub.simulators.soap.SoapContractException;
import io.contracthub.simulators.soap.SoapMessages;
import org.w3c.dom.Element;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulated hospital HIS qualification service (SOAP 1.1, the contract in its own {@link #WSDL}; bodies read and
 * written as DOM and validated against the WSDL's schema):
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
    /** The service's contract, as the hospital's integration platform publishes it. */
    public static final String WSDL = "wiremock/his/__files/his-qualification.wsdl";
    private static final String NS = "urn:contracthub:his:qualification:1";
    private static final SoapMessages SOAP = SoapMessages.forWsdl(WSDL);
    private static final String AUTHORITY = "上海市药品监督管理局";

    /** One request as the HIS received it, and when it answered (null while it still holds it). */
    public record ReceivedCheck(Instant receivedAt, String requestId, String licenceNumber, String creditCode,
                                String mode, String answered) {
    }

    private final HisSimulatorSettings settings;
    private final Clock clock;
    private final List<ReceivedCheck> journal = new CopyOnWriteArrayList<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final Set<String> unknown = ConcurrentHashMap.newKeySet();
    // transient: requests in flight end with the process, a restarted HIS has none (SimulatorSnapshot skips it)
    private final transient AtomicInteger inFlight = new AtomicInteger();
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
            case "POST /his/QualificationService" -> verify(request.body());
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

    private Response verify(byte[] envelope) throws InterruptedException {
        HisMode current = mode;
        Element query;
        try {
            query = SOAP.readBody(envelope);
        } catch (SoapContractException e) {
            return Response.xml(500, SoapMessages.fault("Client", "request breaks the contract: " + e.getMessage()));
        }
        if (!NS.equals(query.getNamespaceURI()) || !"VerifyQualificationRequest".equals(query.getLocalName())) {
            return Response.xml(500, SoapMessages.fault("Client", "no operation for " + query.getLocalName()));
        }
        String requestId = SoapMessages.text(query, "requestId");
        String licence = SoapMessages.text(query, "licenceNumber");
        String creditCode = SoapMessages.text(query, "creditCode");
        int index = journal.size();
        journal.add(new ReceivedCheck(clock.instant(), requestId, licence, creditCode, current.name(), null));
        inFlight.incrementAndGet();
        try {
            if (current == HisMode.OUTAGE) {
                return Response.dropConnection();
            }
            Thread.sleep(latency.toMillis());
            if (current == HisMode.FAULT) {
                return Response.xml(500, SoapMessages.fault("Server", "HIS database unavailable"));
            }
            Verdict verdict = verdict(licence, LocalDate.parse(SoapMessages.text(query, "validUntil"), DateTimeFormatter.ISO_DATE));
            journal.set(index, new ReceivedCheck(journal.get(index).receivedAt(), requestId, licence, creditCode,
                    current.name(), verdict.result()));
            return Response.xml(200, answer(requestId, verdict));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private record Verdict(String result, LocalDate registeredValidUntil, String authority, String message) {
    }

    private Verdict verdict(String licence, LocalDate validUntil) {
        if (unknown.contains(licence)) {
            return new Verdict("NOT_FOUND", null, null, "no licence " + licence + " in the registry");
        }
        if (revoked.contains(licence)) {
            return new Verdict("REVOKED", validUntil, AUTHORITY, "licence revoked by the issuing authority");
        }
        if (validUntil.isBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            return new Verdict("EXPIRED", validUntil, AUTHORITY, "licence expired");
        }
        return new Verdict("VALID", validUntil, AUTHORITY, "licence registered and valid");
    }

    private static String answer(String requestId, Verdict verdict) {
        Element response = SOAP.newAnswer(NS, "VerifyQualificationResponse");
        SoapMessages.append(response, NS, "requestId", requestId);
        SoapMessages.append(response, NS, "result", verdict.result());
        if (verdict.registeredValidUntil() != null) {
            SoapMessages.append(response, NS, "registeredValidUntil", verdict.registeredValidUntil().toString());
        }
        if (verdict.authority() != null) {
            SoapMessages.append(response, NS, "issuingAuthority", verdict.authority());
        }
        SoapMessages.append(response, NS, "message", verdict.message());
        return SOAP.write(response);
    }
}
