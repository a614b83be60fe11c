package io.contracthub.mappings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * A sender's own names for the canonical fields its mapping fills, kept as data beside the mapping
 * ({@code crm/contract.jslt} has {@code crm/contract.fields.json}), so that a refusal names what the sender sent
 * ({@code contract.salesStage}) rather than the hub's canonical name ({@code evidence.outcome}). A mapping without
 * such a file keeps the canonical names.
 */
public final class SenderFieldNames {

    /** A sender's field, and the values it may carry there when they are not those of the canonical field. */
    public record SenderField(String name, List<String> allowed) {
    }

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final Map<String, SenderField> byCanonical;

    private SenderFieldNames(Map<String, SenderField> byCanonical) {
        this.byCanonical = byCanonical;
    }

    /** The names kept beside the mapping at {@code jsltResource}, e.g. {@code "mappings/crm/contract.jslt"}. */
    public static SenderFieldNames besideMapping(String jsltResource) {
        String path = (jsltResource.startsWith("/") ? jsltResource.substring(1) : jsltResource)
                .replaceFirst("\\.jslt$", "") + ".fields.json";
        try (InputStream stream = SenderFieldNames.class.getClassLoader().getResourceAsStream(path)) {
            if (stream == null) {
                return new SenderFieldNames(Map.of());
            }
            Map<String, SenderField> names = new HashMap<>();
            new ObjectMapper().readTree(stream).path("fields").fields().forEachRemaining(entry ->
                    names.put(entry.getKey(), new SenderField(entry.getValue().path("field").asText(),
                            StreamSupport.stream(entry.getValue().path("allowed").spliterator(), false)
                                    .map(JsonNode::asText).toList())));
            return new SenderFieldNames(Map.copyOf(names));
        } catch (IOException e) {
            throw new MappingException("Field names " + path + " could not be read", e);
        }
    }

    /**
     * The sender's field for a canonical one; a line index carries over ({@code terms.lines[2].unitPriceExclTax} is
     * {@code contract.lines[2].unitPrice}).
     */
    public Optional<SenderField> of(String canonicalField) {
        Matcher index = INDEX.matcher(canonicalField);
        String indexValue = index.find() ? index.group(1) : null;
        SenderField field = byCanonical.get(INDEX.matcher(canonicalField).replaceAll("[]"));
        if (field == null) {
            return Optional.empty();
        }
        return Optional.of(indexValue == null ? field
                : new SenderField(field.name().replaceFirst("\\[]", "[" + indexValue + "]"), field.allowed()));
    }
}
