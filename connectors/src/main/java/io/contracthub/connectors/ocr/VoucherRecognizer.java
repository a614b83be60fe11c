package io.contracthub.connectors.ocr;

/**
 * One OCR provider's bank receipt recognition. Failures are {@link io.contracthub.connectors.http.ConnectorException}s:
 * unavailable (time-out, 5xx, rate limit, open breaker: try later) or rejected (no text, bad image: final).
 */
public interface VoucherRecognizer {

    String provider();

    /** @param image the image (JPG/PNG) bytes */
    RecognizedVoucher recognize(byte[] image);
}
