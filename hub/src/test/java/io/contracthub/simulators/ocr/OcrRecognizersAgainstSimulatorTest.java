package io.contracthub.simulators.ocr;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.connectors.http.ConnectorRejectedException;
import io.contracthub.connectors.http.ConnectorUnavailableException;
import io.contracthub.connectors.http.HttpEndpoint;
import io.contracthub.connectors.ocr.RecognizedVoucher;
import io.contracthub.connectors.ocr.VoucherRecognizer;
import io.contracthub.connectors.ocr.baidu.BaiduBankReceiptRecognizer;
import io.contracthub.connectors.ocr.baidu.BaiduOcrSettings;
import io.contracthub.connectors.ocr.tencent.TencentBankSlipRecognizer;
import io.contracthub.connectors.ocr.tencent.TencentOcrSettings;
import io.contracthub.connectors.resilience.ConnectorResilience;
import io.contracthub.connectors.resilience.ResilienceSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OcrRecognizersAgainstSimulatorTest {

    private final OcrSimulator simulator = new OcrSimulator(new OcrSimulatorSettings("AKIDsim", "tencent-secret", "baidu-key",
            "baidu-secret", 0));
    private final ResilienceSettings resilience = new ResilienceSettings(Duration.ofMillis(800),
            50, 4, 4, Duration.ofMillis(300), 4, Duration.ZERO);

    @BeforeEach
    void start() {
        simulator.start();
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @Test
    void tencentRecognisesTheDownPaymentSample() {
        RecognizedVoucher voucher = tencent("tencent-secret").recognize(OcrSamples.DOWN_PAYMENT.image());

        assertThat(voucher.payerName()).isEqualTo("华东医疗器械有限公司");
        assertThat(voucher.amount()).isEqualByComparingTo(new BigDecimal("813600.32"));
        assertThat(voucher.date()).isEqualTo(LocalDate.now());
        assertThat(voucher.serialNumber()).isEqualTo("SN20261121000001");
    }

    @Test
    void tencentRefusesAWrongSignatureWithItsErrorCode() {
        assertThatThrownBy(() -> tencent("wrong-secret").recognize(OcrSamples.DOWN_PAYMENT.image()))
                .isInstanceOfSatisfying(ConnectorRejectedException.class,
                        e -> assertThat(e.vendorCode()).isEqualTo("AuthFailure.SignatureFailure"));
    }

    @Test
    void anImageWithoutTextIsRejectedNotRetried() {
        assertThatThrownBy(() -> tencent("tencent-secret").recognize("just pixels".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ConnectorRejectedException.class,
                        e -> assertThat(e.vendorCode()).isEqualTo("FailedOperation.ImageNoText"));
        assertThat(simulator.journal()).hasSize(1);
    }

    @Test
    void baiduCachesItsTokenAcrossCalls() {
        VoucherRecognizer baidu = baidu();

        baidu.recognize(OcrSamples.DOWN_PAYMENT.image());
        RecognizedVoucher second = baidu.recognize(OcrSamples.OTHER_PAYER.image());

        assertThat(second.payerName()).isEqualTo("华南贸易有限公司");
        assertThat(simulator.journal().stream().filter(call -> call.what().equals("token"))).hasSize(1);
    }

    @Test
    void baiduFetchesANewTokenWhenTheOldOneExpired() {
        VoucherRecognizer baidu = baidu();
        baidu.recognize(OcrSamples.DOWN_PAYMENT.image());
        simulator.expireBaiduTokens();

        RecognizedVoucher voucher = baidu.recognize(OcrSamples.AMOUNT_SHORT.image());

        assertThat(voucher.amount()).isEqualByComparingTo(new BigDecimal("500000.00"));
        assertThat(simulator.journal().stream().filter(call -> call.what().equals("token"))).hasSize(2);
    }

    @Test
    void anImageTooLargeGetsTheVendorsSizeError() {
        assertThatThrownBy(() -> baidu().recognize(OcrSamples.TOO_LARGE.image()))
                .isInstanceOfSatisfying(ConnectorRejectedException.class, e -> assertThat(e.vendorCode()).isEqualTo("216202"));
        assertThatThrownBy(() -> tencent("tencent-secret").recognize(OcrSamples.TOO_LARGE.image()))
                .isInstanceOfSatisfying(ConnectorRejectedException.class,
                        e -> assertThat(e.vendorCode()).isEqualTo("FailedOperation.ImageSizeTooLarge"));
    }

    @Test
    void aSlowProviderTimesOut() {
        assertThatThrownBy(() -> baidu().recognize(OcrSamples.SLOW.image()))
                .isInstanceOf(ConnectorUnavailableException.class);
    }

    @Test
    void serverErrorsOpenTheBreakerAndItClosesOnceTheProviderRecovers() throws InterruptedException {
        VoucherRecognizer tencent = tencent("tencent-secret");
        // one call each (no retry in the call): the breaker's minimum of 4 calls
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> tencent.recognize(OcrSamples.SERVER_ERROR.image())).isInstanceOf(ConnectorUnavailableException.class);
        }
        assertThatThrownBy(() -> tencent.recognize(OcrSamples.DOWN_PAYMENT.image()))
                .isInstanceOf(ConnectorUnavailableException.class).hasMessageContaining("is open");

        await().atMost(Duration.ofSeconds(5)).ignoreExceptionsInstanceOf(ConnectorUnavailableException.class)
                .untilAsserted(() -> assertThat(tencent.recognize(OcrSamples.DOWN_PAYMENT.image()).serialNumber())
                        .as("half-open again after the wait").isEqualTo("SN20261121000001"));
    }

    private TencentBankSlipRecognizer tencent(String secretKey) {
        return new TencentBankSlipRecognizer(endpoint("ocr-tencent"), TencentOcrSettings.bankSlip("AKIDsim", secretKey, "ap-shanghai"),
                new ObjectMapper(), Clock.systemUTC(), new ConnectorResilience("ocr-tencent", resilience));
    }

    private BaiduBankReceiptRecognizer baidu() {
        return new BaiduBankReceiptRecognizer(endpoint("ocr-baidu"), new BaiduOcrSettings("baidu-key", "baidu-secret", Duration.ofDays(1)),
                new ObjectMapper(), Clock.systemUTC(), new ConnectorResilience("ocr-baidu", resilience));
    }

    private HttpEndpoint endpoint(String system) {
        return new HttpEndpoint(system, URI.create(simulator.baseUrl()), Duration.ofSeconds(1), Duration.ofSeconds(5));
    }
}
