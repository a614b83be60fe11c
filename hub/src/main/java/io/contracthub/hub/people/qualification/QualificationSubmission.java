package io.contracthub.hub.people.qualification;

import io.contracthub.model.MedicalDeviceLicenceNumber;

import java.time.LocalDate;

/**
 * A medical customer's qualification as a sales rep submits it from the field: the distribution licence (or filing)
 * number, its validity, the company's unified social credit code, and who submits it.
 */
public record QualificationSubmission(String companyName, String creditCode, MedicalDeviceLicenceNumber.Kind licenceKind,
                                      String licenceNumber, LocalDate validUntil, String submittedBy) {
}
