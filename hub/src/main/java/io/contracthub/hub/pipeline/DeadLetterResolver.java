package io.contracthub.hub.pipeline;

import io.contracthub.hub.persistence.DeadLetter;
import io.contracthub.hub.persistence.DeadLetterRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Marks a dead letter resolved: someone has dealt with it (a replay went through, it was fixed by hand, or it is to be
 * dropped). Nothing is sent anywhere; the letter stays on record with who resolved it and when.
 */
@Service
public class DeadLetterResolver {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterResolver.class);

    private final DeadLetterRepository deadLetters;

    public DeadLetterResolver(DeadLetterRepository deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** Answers whether this call resolved it (false: it already was). */
    public boolean resolve(DeadLetter deadLetter, String resolvedBy) {
        boolean resolvedNow = deadLetters.markResolved(deadLetter.id(), resolvedBy);
        if (resolvedNow) {
            log.info("Dead letter {} ({} {}, contract {}) marked resolved by {}", deadLetter.id(), deadLetter.origin(),
                    deadLetter.destination(), deadLetter.contractId(), resolvedBy);
        }
        return resolvedNow;
    }
}
