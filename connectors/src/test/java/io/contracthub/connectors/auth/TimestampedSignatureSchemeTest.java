package io.contracthub.connectors.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Expected signatures were computed independently, e.g.
 * {@code printf '%s' '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'whsec_test'}.
 */
class TimestampedSignatureSchemeTest {

    private static final long T = 1_700_000_000L;
    private static final Instant AT_T = Instant.ofEpochSecond(T);
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final byte[] BODY = utf8("{\"a\":1}");
    private static final String SIGNATURE_WITH_TEST_SECRET =
            "38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789";
    private static final String SIGNATURE_WITH_OLD_SECRET =
            "b9d801502bb535e960ee9aeee7a294b082bda5089d79c7db610b85116ce6faa6";
    private static final String VALID_HEADER = "t=1700000000,v1=" + SIGNATURE_WITH_TEST_SECRET;

    private final TimestampedSignatureScheme scheme = new TimestampedSignatureScheme("whsec_test", FIVE_MINUTES);

    @Test
    void headerCarriesTheTimestampAndTheHexHmacOfTimestampDotBody() {
        assertThat(scheme.header(T, BODY)).isEqualTo(VALID_HEADER);
    }

    @Test
    void headerSignsTheBodyBytesAsTheyAreSoNonAsciiTextIsSignedAsUtf8() {
        assertThat(scheme.header(T, utf8("{\"name\":\"华东\"}")))
                .isEqualTo("t=1700000000,v1=b8e3a421d17d2d1f9ae2c8ceda0b35d2f49aa97f1419210f20e86b8fdb25e5e2");
    }

    @Test
    void acceptsABodySignedWithTheSecret() {
        assertThatCode(() -> scheme.verify(VALID_HEADER, BODY, AT_T)).doesNotThrowAnyException();
    }

    @Test
    void acceptsWhatItSignedItself() {
        byte[] body = utf8("{\"eventId\":\"crm-evt-1\"}");

        assertThatCode(() -> scheme.verify(scheme.header(T, body), body, AT_T)).doesNotThrowAnyException();
    }

    @Test
    void toleratesSpacesAroundHeaderElements() {
        assertThatCode(() -> scheme.verify(" t=1700000000 , v1=" + SIGNATURE_WITH_TEST_SECRET + " ", BODY, AT_T))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsATamperedBody() {
        assertRejected(VALID_HEADER, utf8("{\"a\":2}"), AT_T, "signature_mismatch");
    }

    @Test
    void rejectsABodyWithOnlyWhitespaceAddedBecauseTheRawBytesAreSigned() {
        assertRejected(VALID_HEADER, utf8("{\"a\": 1}"), AT_T, "signature_mismatch");
    }

    @Test
    void rejectsASignatureMadeWithAnotherSecret() {
        TimestampedSignatureScheme other = new TimestampedSignatureScheme("whsec_other", FIVE_MINUTES);

        assertThatThrownBy(() -> other.verify(VALID_HEADER, BODY, AT_T))
                .isInstanceOf(WebhookAuthenticationException.class)
                .extracting(e -> ((WebhookAuthenticationException) e).code())
                .isEqualTo("signature_mismatch");
    }

    @Test
    void rejectsAValidSignatureWhoseTimestampWasChanged() {
        assertRejected("t=1700000001,v1=" + SIGNATURE_WITH_TEST_SECRET, BODY, AT_T, "signature_mismatch");
    }

    @Test
    void rejectsATimestampOlderThanTheTolerance() {
        assertRejected(VALID_HEADER, BODY, AT_T.plus(FIVE_MINUTES).plusSeconds(1), "timestamp_outside_tolerance");
    }

    @Test
    void rejectsATimestampFurtherInTheFutureThanTheTolerance() {
        assertRejected(VALID_HEADER, BODY, AT_T.minus(FIVE_MINUTES).minusSeconds(1), "timestamp_outside_tolerance");
    }

    @Test
    void acceptsATimestampExactlyAtTheToleranceOnEitherSide() {
        assertThatCode(() -> scheme.verify(VALID_HEADER, BODY, AT_T.plus(FIVE_MINUTES))).doesNotThrowAnyException();
        assertThatCode(() -> scheme.verify(VALID_HEADER, BODY, AT_T.minus(FIVE_MINUTES))).doesNotThrowAnyException();
    }

    @Test
    void reportsAForgedStaleRequestAsAMismatchNotAsStale() {
        assertRejected("t=1700000000,v1=" + "0".repeat(64), BODY, AT_T.plus(Duration.ofHours(1)), "signature_mismatch");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void rejectsAMissingHeader(String header) {
        assertRejected(header, BODY, AT_T, "signature_missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789",
            "t=1700000000",
            "t=1700000000,v1=",
            "t=soon,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789",
            "t=-1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789",
            "t=1700000000,t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789",
            "38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789",
            "sha256=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789"
    })
    void rejectsAMalformedHeader(String header) {
        assertRejected(header, BODY, AT_T, "signature_malformed");
    }

    @Test
    void duringRotationAcceptsTheHeaderIfAnyOfItsSignaturesMatches() {
        String rotating = "t=1700000000,v1=" + SIGNATURE_WITH_OLD_SECRET + ",v1=" + SIGNATURE_WITH_TEST_SECRET;
        TimestampedSignatureScheme oldSecret = new TimestampedSignatureScheme("whsec_old", FIVE_MINUTES);

        assertThatCode(() -> scheme.verify(rotating, BODY, AT_T)).doesNotThrowAnyException();
        assertThatCode(() -> oldSecret.verify(rotating, BODY, AT_T)).doesNotThrowAnyException();
    }

    @Test
    void duringRotationRejectsTheHeaderIfNoneOfItsSignaturesMatches() {
        TimestampedSignatureScheme other = new TimestampedSignatureScheme("whsec_other", FIVE_MINUTES);
        String rotating = "t=1700000000,v1=" + SIGNATURE_WITH_OLD_SECRET + ",v1=" + SIGNATURE_WITH_TEST_SECRET;

        assertThatThrownBy(() -> other.verify(rotating, BODY, AT_T))
                .isInstanceOf(WebhookAuthenticationException.class)
                .extracting(e -> ((WebhookAuthenticationException) e).code())
                .isEqualTo("signature_mismatch");
    }

    @Test
    void ignoresSignaturesOfUnknownSchemes() {
        assertThatCode(() -> scheme.verify("t=1700000000,v0=deadbeef,v1=" + SIGNATURE_WITH_TEST_SECRET, BODY, AT_T))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesToBeBuiltWithoutASecretOrWithANegativeTolerance() {
        assertThatThrownBy(() -> new TimestampedSignatureScheme("", FIVE_MINUTES))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimestampedSignatureScheme(null, FIVE_MINUTES))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimestampedSignatureScheme("whsec_test", Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRejected(String header, byte[] body, Instant now, String expectedCode) {
        assertThatThrownBy(() -> scheme.verify(header, body, now))
                .isInstanceOf(WebhookAuthenticationException.class)
                .satisfies(e -> assertThat(((WebhookAuthenticationException) e).code()).isEqualTo(expectedCode))
                .hasMessageNotContaining(SIGNATURE_WITH_TEST_SECRET);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
