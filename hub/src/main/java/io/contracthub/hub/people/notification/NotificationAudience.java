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

    private final PeopleProperties.Notifications settings;
    private final ObjectMapper objectMapper;

    public NotificationAudience(PeopleProperties properties, ObjectMapper objectMapper) {
        this.settings = properties.notifications();
        this.objectMapper = objectMapper;
    }

    /** The chat user ids to tell about {@code event}; empty when no rule asks for it or nobody can be found. */
    List<String> recipients(String event, String contractViewJson) {
        String audience = settings.rules() == null ? null : settings.rules().get(event);
        if (audience == null) {
            return List.of();
        }
        if (REP.equals(audience)) {
            String rep = salesRepId(contractViewJson);
            if (rep == null) {
                return List.of();
            }
            Map<String, String> mapped = settings.repUserIds() == null ? Map.of() : settings.repUserIds();
            return List.of(mapped.getOrDefault(rep, rep));
        }
        List<String> members = settings.audiences() == null ? null : settings.audiences().get(audience);
        return members == null ? List.of() : List.copyOf(members);
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
