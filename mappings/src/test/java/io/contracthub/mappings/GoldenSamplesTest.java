package io.contracthub.mappings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every {@code <system>/samples/<mapping>--<case>.input.json} maps exactly onto its {@code .expected.json}. */
class GoldenSamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<GoldenSample> goldenSamples() {
        return GoldenSample.discoverAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenSamples")
    void mappingProducesTheExpectedDocument(GoldenSample sample) throws IOException {
        assertThat(sample.expected()).as("expected output of " + sample).exists();
        JsltMapping mapping = JsltMapping.fromClasspath(sample.mappingResource());

        JsonNode actual = mapping.apply(JSON.readTree(sample.input().toFile()));

        JsonNode expected = JSON.readTree(sample.expected().toFile());
        assertThat(actual)
                .as("%s%nexpected: %s%nactual:   %s", sample, expected.toPrettyString(), actual.toPrettyString())
                .isEqualTo(expected);
    }

    @Test
    void theCrmSamplesAreDiscovered() {
        assertThat(goldenSamples()).extracting(GoldenSample::toString).contains(
                "crm/contract--signed-order",
                "crm/contract--amount-down-payment",
                "crm/contract--lost-deal",
                "crm/contract--negotiating",
                "crm/contract--minimal");
    }

    @Test
    void everyMappingHasAtLeastOneGoldenSample() {
        List<String> sampledResources = goldenSamples().stream().map(GoldenSample::mappingResource).toList();

        for (Path mapping : GoldenSample.discoverMappings()) {
            String resource = "mappings/" + GoldenSample.MODULE_ROOT.relativize(mapping).toString().replace('\\', '/');
            assertThat(sampledResources).as("golden samples of " + resource).contains(resource);
        }
    }
}
