package io.contracthub.hub.people.notification;

import io.contracthub.model.LogMask;
import io.contracthub.connectors.http.ConnectorException;
import io.contracthub.hub.people.PeopleProperties;
import io.contracthub.hub.persistence.DeadLetter;
import io.contracthub.hub.persistence.WorkClaims;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends due notices through their channel. Claimed first (a lease), so two nodes never send the same row; recorded
 * as SENT right after. A transient failure is retried with exponential backoff up to max-attempts, then the notice
 * is DEAD and dead-lettered (replaying the dead letter sends it again); a refusal (unknown user, bad credentials) is
 * FAILED at once, with the vendor's reason kept.
 */
@Component
public class NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final NotificationRepository notices;
    private final Map<String, ChatChannel> channels;
    private final PeopleProperties.Notifications settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private final WorkClaims claims;
    private final TransactionTemplate transaction;

    public NotificationSender(NotificationRepository notices, List<ChatChannel> channels, PeopleProperties properties,
                              Clock clock, MeterRegistry meters, WorkClaims claims, TransactionTemplate transaction) {
        this.meters = meters;
        this.transaction = transaction;
        this.claims = claims;
        this.notices = notices;
        this.channels = channels.stream().collect(Collectors.toMap(ChatChannel::name, Function.identity()));
        this.settings = properties.notifications();
        this.clock = clock;
    }

    int sendDue() {
        int sent = 0;
        for (NotificationRepository.Due due : notices.due(clock.instant(), settings.batchSize())) {
            if (claims.claimRow(NotificationRepository.TABLE, due.id(), due.nextAttemptAt(), LEASE)) {
                sent += send(due) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean send(NotificationRepository.Due due) {
        ChatChannel channel = channels.get(due.channel());
        if (channel == null) {
            notices.markFailed(due.id(), "channel " + due.channel() + " is not enabled on this hub");
            count("hub.notifications.failed", due.channel());
            return false;
        }
        try {
            String vendorRef = due.card() == null ? channel.send(due.recipients(), due.title(), due.body())
                    : channel.sendCard(due.recipients(), due.title(), due.body(), due.card());
            notices.markSent(due.id(), vendorRef, clock.instant());
            count("hub.notifications.sent", channel.name());
            return true;
        } catch (ConnectorException e) {
            int attempts = due.attempts() + 1;
            if (!e.isTransient()) {
                log.warn("Notification {} via {} refused: {}", due.id(), channel.name(), LogMask.text(e.getMessage()));
                notices.markFailed(due.id(), e.getMessage());
                count("hub.notifications.failed", channel.name());
            } else if (attempts >= settings.maxAttempts()) {
                giveUp(due, channel.name(), attempts, e);
            } else {
                notices.reschedule(due.id(), clock.instant().plus(backoff(attempts)), e.getMessage());
            }
            return false;
        }
    }

    private void giveUp(NotificationRepository.Due due, String channel, int attempts, ConnectorException e) {
        log.warn("Notification {} via {} gave up after {} attempts: {}", due.id(), channel, attempts,
                LogMask.text(e.getMessage()));
        transaction.executeWithoutResult(status -> {
            if (notices.markDead(due.id(), e.getMessage())) {
                claims.deadLetter(DeadLetter.Origin.NOTIFICATION, channel, String.valueOf(due.id()), due.contractId(),
                        "gave up after " + attempts + " attempts: " + e.getMessage(),
                        due.title() + "\n\n" + due.body());
            }
        });
        count("hub.notifications.dead", channel);
    }

    private void count(String meter, String channel) {
        meters.counter(meter, "channel", channel).increment();
    }

    private Duration backoff(int attempts) {
        return WorkClaims.backoff(attempts, settings.initialBackoff(), settings.maxBackoff());
    }
}
