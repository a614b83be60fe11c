package io.contracthub.simulators.his;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.his.HisQualificationClient;
import io.contracthub.connectors.his.generated.ObjectFactory;
import io.contracthub.connectors.his.generated.VerificationResult;
import io.contracthub.connectors.his.generated.VerifyQualificationRequest;
import io.contracthub.connectors.his.generated.VerifyQualificationResponse;
import io.contracthub.connectors.soap.XmlDates;
import io.contracthub.simulators.people.SimpleHttpServer;
import io.contracthub.simulators.people.SimpleHttpServer.Request;
import io.contracthub.simulators.people.SimpleHttpServer.Response;
import io.contracthub.simulators.soap.SoapContractException;
import io.contracthub.simulators.soap.SoapMessages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulated hospital HIS qualification service (SOAP, the contract in connectors' wsdl/his-qualification.wsdl,
 * bodies bound to the classes cxf-codegen generated from it and validated against its schema):
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
    private static final SoapMessages SOAP = SoapMessages.forWsdl(HisQualificationClient.WSDL, ObjectFactory.class);
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
        VerifyQualificationRequest query;
        try {
            query = SOAP.readBody(envelope, VerifyQualificationRequest.class);
        } catch (SoapContractException e) {
            return Response.xml(500, SoapMessages.fault("Client", "request breaks the contract: " + e.getMessage()));
        }
        int index = journal.size();
        journal.add(new ReceivedCheck(clock.instant(), query.getRequestId(), query.getLicenceNumber(), query.getCreditCode(),
                current.name(), null));
        inFlight.incrementAndGet();
        try {
            if (current == HisMode.OUTAGE) {
                return Response.dropConnection();
            }
            Thread.sleep(latency.toMillis());
            if (current == HisMode.FAULT) {
                return Response.xml(500, SoapMessages.fault("Server", "HIS database unavailable"));
            }
            VerifyQualificationResponse verdict = verdict(query);
            journal.set(index, new ReceivedCheck(journal.get(index).receivedAt(), query.getRequestId(), query.getLicenceNumber(),
                    query.getCreditCode(), current.name(), verdict.getResult().value()));
            return Response.xml(200, SOAP.envelope(verdict));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private VerifyQualificationResponse verdict(VerifyQualificationRequest query) {
        String licence = query.getLicenceNumber();
        LocalDate validUntil = XmlDates.toLocalDate(query.getValidUntil());
        if (unknown.contains(licence)) {
            return answer(query, VerificationResult.NOT_FOUND, null, null, "no licence " + licence + " in the registry");
        }
        if (revoked.contains(licence)) {
            return answer(query, VerificationResult.REVOKED, validUntil, AUTHORITY, "licence revoked by the issuing authority");
        }
        if (validUntil.isBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) {
            return answer(query, VerificationResult.EXPIRED, validUntil, AUTHORITY, "licence expired");
        }
        return answer(query, VerificationResult.VALID, validUntil, AUTHORITY, "licence registered and valid");
    }

    private static VerifyQualificationResponse answer(VerifyQualificationRequest query, VerificationResult result,
                                                      LocalDate registeredValidUntil, String authority, String message) {
        VerifyQualificationResponse response = new VerifyQualificationResponse();
        response.setRequestId(query.getRequestId());
        response.setResult(result);
        response.setRegisteredValidUntil(XmlDates.of(registeredValidUntil));
        response.setIssuingAuthority(authority);
        response.setMessage(message);
        return response;
    }
}
