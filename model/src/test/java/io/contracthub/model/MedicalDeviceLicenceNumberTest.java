package io.contracthub.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Year;

import static org.assertj.core.api.Assertions.assertThat;

class MedicalDeviceLicenceNumberTest {

    private static final Year NOW = Year.of(2026);

    @ParameterizedTest
    @ValueSource(strings = {"沪浦食药监械经营许20200001号", "浙杭药监械经营许20230123号", "京食药监械经营许20190001号"})
    void acceptsLicenceNumbers(String number) {
        assertThat(MedicalDeviceLicenceNumber.problem(number, MedicalDeviceLicenceNumber.Kind.LICENCE, NOW)).isEmpty();
    }

    @Test
    void acceptsFilingNumbersAndTellsTheKind() {
        assertThat(MedicalDeviceLicenceNumber.problem("沪浦食药监械经营备20150033号", MedicalDeviceLicenceNumber.Kind.FILING, NOW))
                .isEmpty();
        assertThat(MedicalDeviceLicenceNumber.kindOf("沪浦食药监械经营备20150033号")).isEqualTo(MedicalDeviceLicenceNumber.Kind.FILING);
    }

    @Test
    void namesWhatIsWrong() {
        assertThat(MedicalDeviceLicenceNumber.problem("沪浦食药监械经营备20150033号", MedicalDeviceLicenceNumber.Kind.LICENCE, NOW))
                .hasValue("is a filing number, not a licence number");
        assertThat(MedicalDeviceLicenceNumber.problem("沪浦食药监械经营许20300001号", null, NOW)).get().asString()
                .contains("issue year 2030");
        assertThat(MedicalDeviceLicenceNumber.problem("ABC-123", null, NOW)).get().asString().startsWith("must look like");
        assertThat(MedicalDeviceLicenceNumber.problem(" ", null, NOW)).hasValue("is required");
    }
}
