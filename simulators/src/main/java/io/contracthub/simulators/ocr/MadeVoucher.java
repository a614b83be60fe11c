package io.contracthub.simulators.ocr;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A voucher made for one contract (scripts/make-voucher.sh): its bytes carry {@code OCR-VOUCHER:<Base64 of UTF-8
 * lines key=value>;} with {@code amount}, {@code payer}, {@code serial} and optionally {@code date} (yyyy-MM-dd; else
 * the day of recognition) and {@code payee} (else the sandbox seller). The simulator reads those fields back as a
 * bank slip's, so the walk-through works for any contract, amount and payer.
 */
public final class MadeVoucher {

    public static final String MARKER = "OCR-VOUCHER:";
    static final String NAME = "made-voucher";
    private static final String DEFAULT_PAYEE = "Contract Hub Demo Seller";

    private MadeVoucher() {
    }

    /** The marker for these fields, as scripts/make-voucher.sh writes it. */
    public static String marker(Map<String, String> fields) {
        StringBuilder lines = new StringBuilder();
        fields.forEach((key, value) -> lines.append(key).append('=').append(value).append('\n'));
        return MARKER + Base64.getEncoder().encodeToString(lines.toString().getBytes(StandardCharsets.UTF_8)) + ";";
    }

    /** 2026-12-02 as a bank slip prints it, 2026年12月02日; any other text as it is. */
    private static String bankSlipDate(String date) {
        try {
            return LocalDate.parse(date).format(DateTimeFormatter.ofPattern("yyyy年MM月dd日"));
        } catch (DateTimeParseException notIso) {
            return date;
        }
    }

    static Optional<OcrSample> in(String imageAsLatin1) {
        int start = imageAsLatin1.indexOf(MARKER);
        int end = start < 0 ? -1 : imageAsLatin1.indexOf(';', start);
        if (end < 0) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            byte[] decoded = Base64.getMimeDecoder().decode(imageAsLatin1.substring(start + MARKER.length(), end));
            for (String line : new String(decoded, StandardCharsets.UTF_8).split("\n")) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    fields.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
                }
            }
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (!fields.containsKey("amount") || !fields.containsKey("payer") || !fields.containsKey("serial")) {
            return Optional.empty();
        }
        OcrSample sample = OcrSamples.sample(NAME, fields.get("payer"), fields.get("amount"),
                fields.containsKey("date") ? bankSlipDate(fields.get("date")) : OcrSamples.TODAY, fields.get("serial"));
        Map<String, String> withPayee = new LinkedHashMap<>(sample.fields());
        withPayee.put("收款人户名", fields.getOrDefault("payee", DEFAULT_PAYEE));
        return Optional.of(new OcrSample(NAME, Map.copyOf(withPayee)));
    }
}
