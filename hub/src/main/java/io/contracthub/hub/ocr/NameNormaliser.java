package io.contracthub.hub.ocr;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes company names comparable as finance reads them: full-width and half-width forms alike (NFKC), brackets of any
 * kind ignored, no spaces, case-insensitive.
 */
public final class NameNormaliser {

    private NameNormaliser() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .replaceAll("[()\\[\\]{}【】〔〕<>《》]", "")
                .replaceAll("\\s+", "")
                .toLowerCase(Locale.ROOT);
    }
}
