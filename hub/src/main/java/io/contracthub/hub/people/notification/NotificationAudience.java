package io.contracthub.hub.people.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.hub.people.PeopleProperties;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Who an event is for, by configuration: the rules name an audience; the rep comes from the contract itself. */
@Component
public class NotificationAudience {

    public static final String REP = "rep";

    /** The audience a rule names and its chat user ids (empty when nobody can be found). */
    record Addressees(String audience, List<String> userIds) {

        static final Addressees NOBODY = new Addressees(null, List.of());
    }

    private final PeopleProperties.Notifications settings;
    private final ObjectMapper objectMapper;

    public NotificationAudience(PeopleProperties properties, ObjectMapper objectMapper) {
        this.settings = properties.notifications();
        this.objectMapper = objectMapper;
    }

    /** Whom to tell about {@code event}; nobody when no rule asks for it. */
    Addressees recipients(String event, String contractViewJson) {
        String audience = settings.rules() == null ? null : settings.rules().get(event);
        if (audience == null) {
            return Addressees.NOBODY;
        }
        return members(audience, contractViewJson);
    }

    /** The chat user ids of a named audience: the contract's rep, or a configured group. */
    Addressees members(String audience, String contractViewJson) {
        if (REP.equals(audience)) {
            String rep = salesRepId(contractViewJson);
            if (rep == null) {
                return new Addressees(audience, List.of());
            }
            Map<String, String> mapped = settings.repUserIds() == null ? Map.of() : settings.repUserIds();
            return new Addressees(audience, List.of(mapped.getOrDefault(rep, rep)));
        }
        List<String> members = settings.audiences() == null ? null : settings.audiences().get(audience);
        return new Addressees(audience, members == null ? List.of() : List.copyOf(members));
    }

    private String salesRepId(String viewJson) {
        if (viewJson == null) {
            return null;
        }
        try {
            JsonNode id = objectMapper.readTree(viewJson).path("terms").path("salesRep").path("id");
            return id.isTextual() && !id.asText().isBlank() ? id.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
