package io.contracthub.simulators.crm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The simulated CRM: announces sales stage changes to the hub as signed change events, exactly as the real CRM
 * does, and can resend an event to show duplicate handling. Usable from Java and over HTTP (see
 * {@link CrmSimulatorHttpApi} for the routes) once {@link #start() started}.
 */
public final class CrmSimulator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CrmSimulatorSettings settings;
    private final Clock clock;
    private final CrmContractBook contracts;
    private final CrmEventFactory events = new CrmEventFactory();
    private final HubWebhookClient hub;
    private final CrmJournal journal = new CrmJournal();
    private CrmSimulatorHttpApi httpApi;

    public CrmSimulator(CrmSimulatorSettings settings) {
        this(settings, Clock.systemUTC());
    }

    CrmSimulator(CrmSimulatorSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.contracts = new CrmContractBook(clock);
        this.hub = new HubWebhookClient(settings.hubWebhookUrl(), settings.secret(), clock);
    }

    /** Starts the HTTP API on 127.0.0.1. */
    public synchronized void start() {
        if (httpApi != null) {
            throw new IllegalStateException("The CRM simulator is already started");
        }
        httpApi = CrmSimulatorHttpApi.start(this, settings.port());
    }

    public synchronized void stop() {
        if (httpApi != null) {
            httpApi.stop();
            httpApi = null;
        }
    }

    /** The port the HTTP API listens on. */
    public synchronized int port() {
        if (httpApi == null) {
            throw new IllegalStateException("The CRM simulator is not started");
        }
        return httpApi.port();
    }

    /** Moves the contract to {@code stage} and announces it to the hub. */
    public SentEvent sendStage(String contractNumber, String stage) {
        return sendStage(contractNumber, stage, JsonNodeFactory.instance.objectNode());
    }

    /**
     * Applies {@code changes} to the stored contract (e.g. {@code {"segment": "EDUCATION"}} or a whole
     * {@code "terms"} block), moves it to {@code stage} and announces it to the hub.
     *
     * @throws IllegalArgumentException for an invalid contract number, stage or field
     */
    public SentEvent sendStage(String contractNumber, String stage, ObjectNode changes) {
        Objects.requireNonNull(changes, "changes");
        requireKnownStage(stage);
        ObjectNode contract = contracts.update(contractNumber, changes);
        contracts.moveTo(contractNumber, stage);
        return sendEvent(contract, stage);
    }

    /** The contract's current sales stage, as the CRM's own contract API shows it; empty for an unknown number. */
    public java.util.Optional<String> salesStage(String contractNumber) {
        return contracts.stageOf(contractNumber);
    }

    /** Announces a contract built by the caller (a custom template) at {@code stage}, bypassing the stored contracts. */
    public SentEvent sendEvent(ObjectNode contract, String stage) {
        ObjectNode event = events.create(contract, stage, clock.instant());
        return deliver(event.get("eventId").asText(), contract.path("number").asText(null), stage, toJson(event));
    }

    /**
     * Sends the stored event again: same id, same body, freshly signed.
     *
     * @throws NoSuchElementException if no event with this id was sent
     */
    public SentEvent resend(String eventId) {
        SentEvent original = journal.firstDeliveryOf(eventId);
        return deliver(original.eventId(), original.contractNumber(), original.stage(), original.body());
    }

    /** The last event announced for the contract: when its stage last changed as far as the hub was told. */
    public java.util.Optional<SentEvent> lastAnnounced(String contractNumber) {
        return journal.all().stream().filter(sent -> contractNumber.equals(sent.contractNumber()))
                .reduce((earlier, later) -> later);
    }

    /** Every delivery so far, oldest first; a resend appears as a further delivery of the same event id. */
    public List<SentEvent> journal() {
        return journal.all();
    }

    private SentEvent deliver(String eventId, String contractNumber, String stage, String body) {
        HubWebhookClient.HubReply reply = hub.post(body);
        return journal.record(
                new SentEvent(eventId, contractNumber, stage, reply.status(), reply.body(), clock.instant(), body));
    }

    private static void requireKnownStage(String stage) {
        if (!CrmEventFactory.SALES_STAGES.contains(stage)) {
            throw new IllegalArgumentException(
                    "Unknown sales stage: " + stage + "; known stages are " + CrmEventFactory.SALES_STAGES);
        }
    }

    private static String toJson(JsonNode event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }
}
