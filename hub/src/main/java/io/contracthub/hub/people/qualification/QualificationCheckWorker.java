package io.contracthub.hub.people.qualification;

import io.contracthub.model.LogMask;
import io.contracthub.connectors.his.HisQualificationClient;
import io.contracthub.connectors.his.QualificationQuery;
import io.contracthub.connectors.his.QualificationVerdict;
import io.contracthub.connectors.http.ConnectorException;
import io.contracthub.hub.people.PeopleProperties;
import io.contracthub.hub.persistence.DeadLetter;
import io.contracthub.hub.persistence.Sha256;
import io.contracthub.hub.persistence.WorkClaims;
import io.contracthub.hub.pipeline.ContractEvidenceService;
import io.contracthub.model.Evidence;
import io.contracthub.model.EvidenceOutcome;
import io.contracthub.model.Facet;
import io.contracthub.routes.spi.QualificationChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs due HIS checks. A verdict becomes QUALIFICATION evidence (VALID: CONFIRMED, anything else: FAILED with the
 * HIS's reason) in the same transaction that completes the check. While the HIS is unreachable, slow or its breaker
 * open, the check is rescheduled with exponential backoff capped at max-backoff, so results follow within that long
 * of the HIS answering again (after hub.people.his.unreachable-after such attempts the rep is told, see
 * NotificationPlanner; after hub.people.his.max-attempts the check is DEAD and dead-lettered, and replaying the dead
 * letter queues it again). A request the HIS refuses as malformed is a hub fault: marked ERROR, facet left pending.
 */
@Component
@ConditionalOnProperty(name = HisConfig.ENABLED, havingValue = "true", matchIfMissing = true)
public class QualificationCheckWorker implements QualificationChecks {

    private static final Logger log = LoggerFactory.getLogger(QualificationCheckWorker.class);

    private final QualificationCheckRepository checks;
    private final HisQualificationClient his;
    private final ContractEvidenceService evidence;
    private final TransactionTemplate transaction;
    private final PeopleProperties.His settings;
    private final Clock clock;
    private final WorkClaims claims;

    public QualificationCheckWorker(QualificationCheckRepository checks, HisQualificationClient his,
                                    ContractEvidenceService evidence, TransactionTemplate transaction,
                                    PeopleProperties properties, Clock clock, WorkClaims claims) {
        this.claims = claims;
        this.checks = checks;
        this.his = his;
        this.evidence = evidence;
        this.transaction = transaction;
        this.settings = properties.his();
        this.clock = clock;
    }

    @Override
    public int runDue() {
        int completed = 0;
        Duration lease = settings.resilience().timeout().multipliedBy(3);
        for (QualificationCheckRepository.Check check : checks.due(clock.instant(), settings.batchSize())) {
            if (claims.claimRow(QualificationCheckRepository.TABLE, check.id(), check.nextAttemptAt(), lease)) {
                completed += run(check) ? 1 : 0;
            }
        }
        return completed;
    }

    private boolean run(QualificationCheckRepository.Check check) {
        QualificationVerdict verdict;
        try {
            verdict = his.verify(new QualificationQuery(check.id(), check.companyName(), check.creditCode(),
                    check.licenceNumber(), check.validUntil()));
        } catch (ConnectorException e) {
            int attempts = check.attempts() + 1;
            if (e.isTransient() && attempts >= settings.maxAttempts()) {
                giveUp(check, attempts, e);
            } else if (e.isTransient()) {
                checks.reschedule(check.id(), clock.instant().plus(backoff(attempts)), e.getMessage());
            } else {
                log.warn("The HIS refused qualification check {}: {}", check.id(), LogMask.text(e.getMessage()));
                checks.complete(check.id(), "ERROR", null, e.getMessage(), clock.instant());
            }
            return false;
        }
        record(check, verdict);
        return true;
    }

    private void giveUp(QualificationCheckRepository.Check check, int attempts, ConnectorException e) {
        log.warn("Qualification check {} gave up after {} attempts: {}", check.id(), attempts, LogMask.text(e.getMessage()));
        transaction.executeWithoutResult(status -> {
            if (checks.markDead(check.id(), e.getMessage())) {
                claims.deadLetter(DeadLetter.Origin.HIS_CHECK, "his", check.id(), check.contractId(),
                        "gave up after " + attempts + " attempts: " + e.getMessage(),
                        "licence " + check.licenceNumber() + " (" + check.licenceKind() + ", valid until " + check.validUntil()
                                + ") of " + check.companyName() + ", credit code " + check.creditCode());
            }
        });
    }

    private void record(QualificationCheckRepository.Check check, QualificationVerdict verdict) {
        Instant now = clock.instant();
        String reason = "HIS: licence " + check.licenceNumber() + " " + verdict.result().name()
                + (verdict.message() == null ? "" : " (" + verdict.message() + ")");
        transaction.executeWithoutResult(status -> {
            evidence.record(check.contractId(), new Evidence(Facet.QUALIFICATION,
                    verdict.verified() ? EvidenceOutcome.CONFIRMED : EvidenceOutcome.FAILED,
                    QualificationCheckService.SOURCE_SYSTEM, check.id() + ":result", now, "his", reason, null, null),
                    Sha256.hex((check.id() + verdict).getBytes(StandardCharsets.UTF_8)), null);
            checks.complete(check.id(), verdict.verified() ? "VERIFIED" : "FAILED", verdict.result().name(), verdict.message(), now);
        });
    }

    private Duration backoff(int attempts) {
        return WorkClaims.backoff(attempts, settings.initialBackoff(), settings.maxBackoff());
    }
}
