package io.contracthub.simulators.ocr;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sample vouchers shipped with the simulator, paid today by 华东医疗器械有限公司: {@code down-payment} and its
 * variants fit a contract of gross 2 712 001.07 (30 % down payment 813 600.32); {@code demo-down-payment} fits the CRM
 * simulator's demo contract (gross 2 786 201.06, 30 % = 835 860.32) for the sandbox walk-through. Fault samples: {@code slow} (answers after 10 s), {@code server-error} (5xx),
 * {@code too-large} (the vendor's image size error); an image without a sample marker has no text. A voucher made for
 * any contract ({@link MadeVoucher}, scripts/make-voucher.sh) is recognised with the fields it was made with.
 */
public final class OcrSamples {

    /** Stands for the day of recognition, so that the samples are never older than a contract made today. */
    static final String TODAY = "{today}";

    public static final OcrSample DOWN_PAYMENT = sample("down-payment", "华东医疗器械有限公司", "813600.32", TODAY, "SN20261121000001");
    public static final OcrSample DEMO_DOWN_PAYMENT = sample("demo-down-payment", "华东医疗器械有限公司", "835860.32", TODAY, "SN20261121000009");
    public static final OcrSample AMOUNT_SHORT = sample("amount-short", "华东医疗器械有限公司", "500000.00", TODAY, "SN20261121000002");
    public static final OcrSample OTHER_PAYER = sample("other-payer", "华南贸易有限公司", "813600.32", TODAY, "SN20261121000003");
    public static final OcrSample FULL_WIDTH_PAYER = sample("full-width-payer", "华东医疗器械（有限公司） ", "900000.00", TODAY, "SN20261122000004");
    public static final OcrSample SLOW = sample("slow", "华东医疗器械有限公司", "813600.32", TODAY, "SN-SLOW");
    public static final OcrSample SERVER_ERROR = sample("server-error", "", "", "", "");
    public static final OcrSample TOO_LARGE = sample("too-large", "", "", "", "");

    private static final Map<String, OcrSample> BY_NAME = new LinkedHashMap<>();

    static {
        for (OcrSample sample : new OcrSample[]{DOWN_PAYMENT, DEMO_DOWN_PAYMENT, AMOUNT_SHORT, OTHER_PAYER, FULL_WIDTH_PAYER, SLOW, SERVER_ERROR, TOO_LARGE}) {
            BY_NAME.put(sample.name(), sample);
        }
    }

    private OcrSamples() {
    }

    static Optional<OcrSample> in(byte[] image) {
        String text = new String(image, StandardCharsets.ISO_8859_1);
        Optional<OcrSample> made = MadeVoucher.in(text);
        if (made.isPresent()) {
            return made;
        }
        int marker = text.indexOf(OcrSample.MARKER);
        if (marker < 0) {
            return Optional.empty();
        }
        int end = text.indexOf(';', marker);
        return Optional.ofNullable(end < 0 ? null : BY_NAME.get(text.substring(marker + OcrSample.MARKER.length(), end)));
    }

    static OcrSample sample(String name, String payer, String amount, String date, String serial) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("付款人户名", payer);
        fields.put("收款人户名", "Contract Hub Demo Seller");
        fields.put("金额", amount.isEmpty() ? "" : "¥" + amount);
        fields.put("日期", date);
        fields.put("流水号", serial);
        return new OcrSample(name, Map.copyOf(fields));
    }
}
