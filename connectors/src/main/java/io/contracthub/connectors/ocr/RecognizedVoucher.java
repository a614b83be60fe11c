package io.contracthub.connectors.ocr;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an OCR provider read off a bank receipt; a field it could not read is null. */
public record RecognizedVoucher(String provider, String payerName, String payeeName, BigDecimal amount, LocalDate date,
                                String serialNumber) {
}
