package io.contracthub.simulators.ocr;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A voucher made for any contract is recognised with exactly the fields it was made with. */
class MadeVoucherTest {

    @Test
    void aMadeVoucherIsReadWithItsAmountPayerSerialAndDate() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("amount", "120000.00");
        fields.put("payer", "北京协和设备有限公司");
        fields.put("serial", "SN-HT-2026-0002");
        fields.put("date", "2026-12-01");

        OcrSample recognised = OcrSamples.in(png(MadeVoucher.marker(fields))).orElseThrow();

        assertThat(recognised.fields()).containsEntry("金额", "¥120000.00").containsEntry("付款人户名", "北京协和设备有限公司")
                .containsEntry("流水号", "SN-HT-2026-0002").containsEntry("日期", "2026年12月01日")
                .containsEntry("收款人户名", "Contract Hub Demo Seller");
    }

    @Test
    void withoutADateTheVoucherIsDatedTheDayOfRecognition() {
        OcrSample recognised = OcrSamples.in(png(MadeVoucher.marker(Map.of("amount", "1.00", "payer", "P", "serial", "S"))))
                .orElseThrow();

        assertThat(recognised.fields()).containsEntry("日期", OcrSamples.TODAY);
    }

    @Test
    void aMarkerWithoutTheAmountIsNoVoucher() {
        assertThat(OcrSamples.in(png(MadeVoucher.marker(Map.of("payer", "P", "serial", "S"))))).isEmpty();
    }

    @Test
    void aMarkerThatIsNotBase64IsNoVoucher() {
        assertThat(OcrSamples.in(png(MadeVoucher.MARKER + "***;"))).isEmpty();
    }

    private static byte[] png(String marker) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        byte[] text = marker.getBytes(StandardCharsets.US_ASCII);
        byte[] image = new byte[signature.length + text.length];
        System.arraycopy(signature, 0, image, 0, signature.length);
        System.arraycopy(text, 0, image, signature.length, text.length);
        return image;
    }
}
