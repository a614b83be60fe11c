package io.contracthub.hub.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.model.ContractTerms;
import io.contracthub.model.Evidence;
import io.contracthub.model.EvidenceOutcome;
import io.contracthub.model.Facet;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.time.Instant;

/** Reads canonical evidence (what mappings produce) and writes/reads evidence as stored in the journal. */
@Component
public class EvidenceCodec {

    private final ObjectMapper objectMapper;

    public EvidenceCodec(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** Canonical JSON that has already passed {@link CanonicalEvidenceValidator}. */
    public Evidence fromCanonical(String sourceSystem, String canonicalJson) {
        try {
            JsonNode canonical = objectMapper.readTree(canonicalJson);
            JsonNode evidence = canonical.path("evidence");
            JsonNode terms = canonical.path("terms");
            return new Evidence(Facet.valueOf(evidence.path("facet").asText()),
                    EvidenceOutcome.valueOf(evidence.path("outcome").asText()), sourceSystem,
                    canonical.path("sourceEventId").asText(), Instant.parse(canonical.path("occurredAt").asText()),
                    textOrNull(evidence.path("actor")), textOrNull(evidence.path("reason")), null,
                    terms.isObject() ? objectMapper.treeToValue(terms, ContractTerms.class) : null);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored canonical evidence is unreadable", e);
        }
    }

    public String write(Evidence evidence) {
        try {
            return objectMapper.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Evidence read(String evidenceJson) {
        try {
            return objectMapper.readValue(evidenceJson, Evidence.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("journal entry is unreadable", e);
        }
    }

    public String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
