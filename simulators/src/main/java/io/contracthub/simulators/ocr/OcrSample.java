package io.contracthub.simulators.ocr;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A sample voucher the OCR simulator "recognises": an image is a sample when its bytes contain
 * {@code OCR-SAMPLE:<name>;} (e.g. in a PNG text chunk), and the simulator answers the sample's fields.
 */
public record OcrSample(String name, Map<String, String> fields) {

    public static final String MARKER = "OCR-SAMPLE:";

    /** Bytes that the simulator reads as this sample: a PNG signature followed by the marker. */
    public byte[] image() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        byte[] marker = (MARKER + name + ";").getBytes(StandardCharsets.US_ASCII);
        byte[] image = new byte[png.length + marker.length];
        System.arraycopy(png, 0, image, 0, png.length);
        System.arraycopy(marker, 0, image, png.length, marker.length);
        return image;
    }
}
