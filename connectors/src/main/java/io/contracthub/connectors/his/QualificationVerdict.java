package io.contracthub.connectors.his;

import java.time.LocalDate;

/** The HIS's answer. Only VALID closes the qualification facet; every other result fails it with the HIS's reason. */
public record QualificationVerdict(String requestId, Result result, LocalDate registeredValidUntil,
                                   String issuingAuthority, String message) {

    public enum Result { VALID, EXPIRED, REVOKED, NOT_FOUND, MISMATCH }

    public boolean verified() {
        return result == Result.VALID;
    }
}
