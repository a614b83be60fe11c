package io.contracthub.hub.people.qualification;

import io.contracthub.hub.persistence.Sha256;
import io.contracthub.hub.pipeline.ContractEvidenceService;
import io.contracthub.hub.pipeline.ContractView;
import io.contracthub.hub.pipeline.EvidenceCodec;
import io.contracthub.model.Evidence;
import io.contracthub.model.EvidenceOutcome;
import io.contracthub.model.Facet;
import io.contracthub.model.MedicalDeviceLicenceNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Accepts a qualification whose formats passed: in one transaction the check is queued and the facet shows PENDING.
 * The HIS is never called here; {@link QualificationCheckWorker} does that, and its verdict comes back as evidence.
 */
@Service
public class QualificationCheckService {

    public static final String SOURCE_SYSTEM = "his";

    private final QualificationCheckRepository checks;
    private final ContractEvidenceService evidence;
    private final EvidenceCodec codec;
    private final Clock clock;

    public QualificationCheckService(QualificationCheckRepository checks, ContractEvidenceService evidence,
                                     EvidenceCodec codec, Clock clock) {
        this.checks = checks;
        this.evidence = evidence;
        this.codec = codec;
        this.clock = clock;
    }

    public record Accepted(String checkId, ContractView contract) {
    }

    @Transactional
    public Accepted submit(String contractId, QualificationSubmission submission) {
        Instant now = clock.instant();
        String checkId = UUID.randomUUID().toString();
        // the view answers 404 for an unknown contract before anything is queued
        ContractView view = evidence.record(contractId, new Evidence(Facet.QUALIFICATION, EvidenceOutcome.PENDING,
                        SOURCE_SYSTEM, checkId + ":submitted", now, submission.submittedBy().strip(),
                        "licence " + submission.licenceNumber().strip() + " is well-formed; the HIS check is pending", null, null),
                Sha256.hex(codec.json(submission).getBytes(StandardCharsets.UTF_8)), null);
        checks.insert(checkId, contractId, submission,
                MedicalDeviceLicenceNumber.kindOf(submission.licenceNumber().strip()).name(), now);
        return new Accepted(checkId, view);
    }
}
