package io.contracthub.hub.people.notification;

import io.contracthub.hub.people.PeopleProperties;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Stores planned notices with the channel that reaches their audience. A notice nobody is configured to get, or whose
 * channel is not enabled, is stored as SKIPPED, so it is not looked at again.
 */
@Component
class PlannedNotices {

    private final NotificationRepository notices;
    private final AudienceChannels channels;
    private final boolean enabled;

    PlannedNotices(NotificationRepository notices, AudienceChannels channels, PeopleProperties properties) {
        this.notices = notices;
        this.channels = channels;
        this.enabled = properties.notifications().enabled();
    }

    /** Answers 1 when the notice is new and will be sent, else 0. */
    int plan(Notice notice, Instant now) {
        String channel = channels.channelFor(notice.to().audience());
        boolean deliverable = enabled && channels.isEnabled(channel) && !notice.to().userIds().isEmpty();
        return notices.insert(notice, channel, deliverable ? "PENDING" : "SKIPPED", null, now) && deliverable ? 1 : 0;
    }

    /** Records that this event is deliberately not announced, and why. */
    void skip(Notice notice, String reason, Instant now) {
        notices.insert(notice, channels.channelFor(notice.to().audience()), "SKIPPED", reason, now);
    }
}
