package io.contracthub.simulators.crm;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Builds a CRM change event ({@code contract.updated}) announcing a contract at a sales stage. */
public final class CrmEventFactory {

    public static final String EVENT_TYPE = "contract.updated";
    public static final List<String> SALES_STAGES =
            List.of("DRAFT", "QUOTED", "NEGOTIATING", "WON", "SIGNED", "REOPENED", "LOST", "CANCELLED");

    /**
     * A new event with a fresh {@code crm-evt-<uuid>} id; {@code contract} is copied, never modified.
     *
     * @throws IllegalArgumentException if {@code stage} is not one of {@link #SALES_STAGES}
     */
    public ObjectNode create(ObjectNode contract, String stage, Instant occurredAt) {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (!SALES_STAGES.contains(stage)) {
            throw new IllegalArgumentException("Unknown sales stage: " + stage + "; known stages are " + SALES_STAGES);
        }
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        event.put("eventId", "crm-evt-" + UUID.randomUUID());
        event.put("occurredAt", occurredAt.truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("type", EVENT_TYPE);
        ObjectNode announced = contract.deepCopy();
        announced.put("salesStage", stage);
        event.set("contract", announced);
        return event;
    }
}
