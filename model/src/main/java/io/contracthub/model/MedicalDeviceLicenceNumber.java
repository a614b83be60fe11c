package io.contracthub.model;

import java.time.Year;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of a medical device distribution licence (第三类 经营许可证) or filing (第二类 经营备案凭证):
 * {@code <province><city>食药监械经营许<YYYY><NNNN>号} / {@code …经营备…}, since the 2022 regulation also with
 * {@code 药监械} instead of {@code 食药监械}. A format check only; whether the licence exists is the HIS's answer.
 */
public final class MedicalDeviceLicenceNumber {

    public enum Kind { LICENCE, FILING }

    private static final Pattern FORMAT =
            Pattern.compile("^(?<region>[\\p{IsHan}]{1,4}?)(食药监|药监)械经营(?<kind>[许备])(?<year>\\d{4})(?<serial>\\d{4,5})号$");

    private MedicalDeviceLicenceNumber() {
    }

    /** Why {@code number} is not a well-formed number of this kind, or empty when it is. */
    public static Optional<String> problem(String number, Kind kind, Year currentYear) {
        if (number == null || number.isBlank()) {
            return Optional.of("is required");
        }
        Matcher matcher = FORMAT.matcher(number.strip());
        if (!matcher.matches()) {
            return Optional.of("must look like 沪浦食药监械经营许20200001号 (licence) or 沪浦食药监械经营备20200001号 (filing)");
        }
        Kind written = "许".equals(matcher.group("kind")) ? Kind.LICENCE : Kind.FILING;
        if (kind != null && kind != written) {
            return Optional.of("is a " + written.name().toLowerCase() + " number, not a " + kind.name().toLowerCase() + " number");
        }
        int year = Integer.parseInt(matcher.group("year"));
        if (year < 2000 || year > currentYear.getValue()) {
            return Optional.of("names issue year " + year + ", which is not between 2000 and " + currentYear.getValue());
        }
        return Optional.empty();
    }

    public static Kind kindOf(String wellFormedNumber) {
        return wellFormedNumber.contains("经营许") ? Kind.LICENCE : Kind.FILING;
    }
}
