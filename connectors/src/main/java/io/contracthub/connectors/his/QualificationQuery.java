package io.contracthub.connectors.his;

import java.time.LocalDate;

/** What the hub asks the HIS: is this licence registered for this company, and valid until when. */
public record QualificationQuery(String requestId, String companyName, String creditCode, String licenceNumber,
                                 LocalDate validUntil) {
}
