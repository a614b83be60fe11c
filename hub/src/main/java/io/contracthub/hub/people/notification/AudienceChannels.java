package io.contracthub.hub.people.notification;

import io.contracthub.hub.people.PeopleProperties;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which channel reaches an audience: its own (hub.people.notifications.audience-channels) when that channel is enabled
 * on this hub, else the default channel, so that e.g. the manager's notices go to the group robot wherever one is
 * configured and to the manager's chat app wherever not.
 */
@Component
class AudienceChannels {

    private final Set<String> enabled;
    private final String defaultChannel;
    private final Map<String, String> byAudience;

    AudienceChannels(PeopleProperties properties, List<ChatChannel> channels) {
        this.enabled = channels.stream().map(ChatChannel::name).collect(Collectors.toUnmodifiableSet());
        this.defaultChannel = properties.notifications().channel();
        Map<String, String> own = properties.notifications().audienceChannels();
        this.byAudience = own == null ? Map.of() : Map.copyOf(own);
    }

    /** The channel name to store with a notice for {@code audience}; the default channel even when it is not enabled. */
    String channelFor(String audience) {
        String own = audience == null ? null : byAudience.get(audience);
        return own != null && enabled.contains(own) ? own : defaultChannel;
    }

    boolean isEnabled(String channel) {
        return enabled.contains(channel);
    }
}
