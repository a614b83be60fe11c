package io.contracthub.hub.people.qualification;

import io.contracthub.hub.api.ApiException;
import io.contracthub.model.MedicalDeviceLicenceNumber;
import io.contracthub.model.UnifiedSocialCreditCode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fast checks, answered on the request: formats, check character, dates. 400 names every field that fails. */
@Component
public class QualificationFormatCheck {

    // licences are issued and expire by Chinese calendar dates
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Clock clock;

    public QualificationFormatCheck(Clock clock) {
        this.clock = clock;
    }

    public void check(QualificationSubmission submission) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        if (blank(submission.companyName()) || submission.companyName().length() > 200) {
            problems.put("companyName", "is required (at most 200 characters)");
        }
        if (blank(submission.creditCode())) {
            problems.put("creditCode", "is required");
        } else if (!UnifiedSocialCreditCode.isValid(submission.creditCode().strip())) {
            problems.put("creditCode", "is not an 18-character unified social credit code with a valid check character");
        }
        MedicalDeviceLicenceNumber.problem(submission.licenceNumber(), submission.licenceKind(), Year.from(today))
                .ifPresent(problem -> problems.put("licenceNumber", problem));
        if (submission.validUntil() == null) {
            problems.put("validUntil", "is required (yyyy-MM-dd)");
        } else if (submission.validUntil().isBefore(today)) {
            problems.put("validUntil", "is in the past: the licence expired on " + submission.validUntil());
        }
        if (blank(submission.submittedBy()) || submission.submittedBy().length() > 128) {
            problems.put("submittedBy", "is required: the rep's user id, who is told the result");
        }
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_field", first.getKey() + " " + first.getValue(),
                    Map.of("field", first.getKey(), "fields", problems));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
