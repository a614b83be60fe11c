package io.contracthub.hub.pipeline;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.hub.erp.ErpProperties;
import io.contracthub.model.ContractTerms;
import io.contracthub.model.EvidenceOutcome;
import io.contracthub.model.EvidenceText;
import io.contracthub.model.EvidenceTime;
import io.contracthub.model.Facet;
import io.contracthub.model.Violation;
import io.contracthub.routes.spi.InboundMessage;
import io.contracthub.routes.spi.InboundRejectedException;
import io.contracthub.routes.spi.InboundValidator;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Everything that can be wrong with an inbound message is found here, before it is stored: the sender gets
 * a 400 naming the field, and the inbox only ever holds messages that can become evidence.
 */
@Component
public class CanonicalEvidenceValidator implements InboundValidator {

    /** Set by a mapping for a message that is authentic but says nothing about any contract (e.g. an unknown esign action). */
    public static final String IGNORE_FIELD = "ignore";
    static final String IGNORED_CONTRACT_KEY = "(ignored)";

    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final ErpProperties.Routing routing;

    public CanonicalEvidenceValidator(ObjectMapper objectMapper, Clock clock, ErpProperties erp) {
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.routing = erp.routing();
    }

    /**
     * Whether the canonical message is to be acknowledged without effect. Such messages are still stored (the sender
     * gets its 2xx only after that, duplicates are recognised, and the raw payload stays inspectable) but never
     * become evidence.
     */
    public static boolean isIgnorable(JsonNode canonical) {
        JsonNode ignore = canonical.path(IGNORE_FIELD);
        return ignore.isTextual() && !ignore.asText().isBlank();
    }

    @Override
    public InboundMessage validate(String system, byte[] rawBody, JsonNode canonical) {
        String eventId = requiredText(canonical, "sourceEventId", "eventId");
        if (eventId.length() > 128) {
            throw invalid("eventId", "must be at most 128 characters");
        }
        if (isIgnorable(canonical)) {
            JsonNode occurred = canonical.path("occurredAt");
            Instant occurredAt = occurred.isTextual() ? instant(occurred.asText()) : clock.instant();
            return new InboundMessage(system, eventId, IGNORED_CONTRACT_KEY, occurredAt, rawBody, canonical.toString());
        }
        Instant occurredAt = instant(requiredText(canonical, "occurredAt", "occurredAt"));
        JsonNode evidence = canonical.path("evidence");
        enumValue(Facet.class, evidence.path("facet"), "evidence.facet");
        enumValue(EvidenceOutcome.class, evidence.path("outcome"), "evidence.outcome");
        checkText(evidence);
        String contractKey = canonical.path("contractKey").isTextual() ? canonical.path("contractKey").asText() : null;
        if (canonical.path("terms").isObject()) {
            ContractTerms terms = terms(canonical.path("terms"));
            List<Violation> violations = violations(terms);
            if (!violations.isEmpty()) {
                throw new InboundRejectedException("invalid_contract", "The contract breaks " + violations.size() + " rule(s)",
                        Map.of("violations", violations.stream()
                                .map(v -> Map.of("field", v.field(), "message", v.message()))
                                .collect(Collectors.toList())));
            }
            contractKey = terms.contractNumber();
        }
        if (contractKey == null || contractKey.isBlank()) {
            throw invalid("contract", "the event names no contract");
        }
        if (contractKey.length() > 128) {
            throw invalid("contractKey", "must be at most 128 characters");
        }
        JsonNode attachmentRef = canonical.path("attachmentRef");
        if (!attachmentRef.isMissingNode() && !attachmentRef.isNull()
                && (!attachmentRef.isTextual() || attachmentRef.asText().length() > 500
                || !attachmentRef.asText().matches("https?://\\S+"))) {
            throw invalid("attachmentRef", "must be an http(s) URL of at most 500 characters");
        }
        return new InboundMessage(system, eventId, contractKey, occurredAt, rawBody, canonical.toString());
    }

    /** The rules terms must meet, wherever they come from (a CRM event, a row of an imported register); empty when valid. */
    public List<Violation> violations(ContractTerms terms) {
        List<Violation> violations = new ArrayList<>(terms.validate());
        regionViolation(terms).ifPresent(violations::add);
        return violations;
    }

    private ContractTerms terms(JsonNode terms) {
        try {
            return objectMapper.treeToValue(terms, ContractTerms.class);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".", "terms.", "")).replace(".[", "[");
            throw invalid(field, "has the wrong type or format");
        } catch (Exception e) {
            throw invalid("terms", "cannot be read");
        }
    }

    private Optional<Violation> regionViolation(ContractTerms terms) {
        String region = terms.customer() == null ? null : terms.customer().region();
        if (routing.accepts(region)) {
            return Optional.empty();
        }
        return Optional.of(new Violation("terms.customer.region", "is not a region the hub routes to a company (known: "
                + String.join(", ", new TreeSet<>(routing.byRegion().keySet())) + ")"));
    }

    // a vendor's free text (an esign status description) ends up in the reason; the journal keeps only so much
    private static void checkText(JsonNode evidence) {
        List<Violation> violations = EvidenceText.validate(textOrNull(evidence.path("actor")),
                textOrNull(evidence.path("reason")), null);
        if (!violations.isEmpty()) {
            throw invalid("evidence." + violations.get(0).field(), violations.get(0).message());
        }
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static String requiredText(JsonNode canonical, String canonicalField, String reportedField) {
        JsonNode node = canonical.path(canonicalField);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new InboundRejectedException("missing_field", "Required field is missing: " + reportedField,
                    Map.of("field", reportedField));
        }
        return node.asText();
    }

    private Instant instant(String text) {
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid("occurredAt", "must be an ISO-8601 instant such as 2026-11-20T08:00:00Z");
        }
        if (!EvidenceTime.isPlausible(instant, clock.instant())) {
            throw invalid("occurredAt", EvidenceTime.RULE);
        }
        return instant;
    }

    private static <E extends Enum<E>> void enumValue(Class<E> type, JsonNode node, String field) {
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (!node.isTextual() || !allowed.contains(node.asText())) {
            throw new InboundRejectedException("invalid_field", field + " must be one of " + String.join(", ", allowed),
                    Map.of("field", field, "allowed", allowed));
        }
    }

    private static InboundRejectedException invalid(String field, String message) {
        return new InboundRejectedException("invalid_field", field + " " + message, Map.of("field", field));
    }
}
