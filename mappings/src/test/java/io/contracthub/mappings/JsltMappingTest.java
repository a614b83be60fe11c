package io.contracthub.mappings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsltMappingTest {

    private static final String CRM_CONTRACT = "mappings/crm/contract.jslt";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void compilesAMappingPackagedOnTheClasspathAndRemembersWhereItCameFrom() {
        JsltMapping mapping = JsltMapping.fromClasspath(CRM_CONTRACT);

        assertThat(mapping.resource()).isEqualTo(CRM_CONTRACT);
    }

    @Test
    void acceptsAResourceNameWithALeadingSlash() {
        JsltMapping mapping = JsltMapping.fromClasspath("/" + CRM_CONTRACT);

        assertThat(mapping.resource()).isEqualTo(CRM_CONTRACT);
    }

    @Test
    void aMissingResourceFailsNamingTheResource() {
        assertThatThrownBy(() -> JsltMapping.fromClasspath("mappings/crm/no-such-mapping.jslt"))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("not found")
                .hasMessageContaining("mappings/crm/no-such-mapping.jslt");
    }

    @Test
    void aResourceThatIsNotValidJsltFailsWhenLoadedNotWhenApplied() {
        assertThatThrownBy(() -> JsltMapping.fromClasspath("broken/does-not-compile.jslt"))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("broken/does-not-compile.jslt")
                .hasMessageContaining("does not compile");
    }

    @Test
    void aFailureWhileMappingSurfacesAsMappingExceptionNamingTheMapping() throws Exception {
        JsltMapping mapping = JsltMapping.fromClasspath(CRM_CONTRACT);
        JsonNode linesAsText = JSON.readTree("""
                {"eventId": "crm-evt-x", "contract": {"salesStage": "SIGNED", "lines": "MRI-3T x 1"}}
                """);

        assertThatThrownBy(() -> mapping.apply(linesAsText))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining(CRM_CONTRACT)
                .hasMessageContaining("can't iterate")
                .hasCauseInstanceOf(com.schibsted.spt.data.jslt.JsltException.class);
    }

    @Test
    void anEventWithoutContractStillMapsWithNullsSoThatTheHubCanRejectIt() throws Exception {
        JsltMapping mapping = JsltMapping.fromClasspath(CRM_CONTRACT);

        JsonNode evidence = mapping.apply(JSON.readTree("{\"eventId\": \"crm-evt-x\"}"));

        assertThat(evidence.get("sourceEventId").asText()).isEqualTo("crm-evt-x");
        assertThat(evidence.get("evidence").get("outcome").isNull()).isTrue();
        assertThat(evidence.get("evidence").get("reason").isNull()).isTrue();
        assertThat(evidence.get("terms").get("contractNumber").isNull()).isTrue();
    }

    @Test
    void oneCompiledMappingServesConcurrentCallers() throws Exception {
        JsltMapping mapping = JsltMapping.fromClasspath(CRM_CONTRACT);

        List<String> sourceEventIds = IntStream.range(0, 200).parallel()
                .mapToObj(i -> {
                    ObjectNode event = JSON.createObjectNode().put("eventId", "crm-evt-" + i);
                    event.putObject("contract").put("salesStage", "SIGNED");
                    return mapping.apply(event).get("sourceEventId").asText();
                })
                .toList();

        assertThat(sourceEventIds).containsExactlyElementsOf(
                IntStream.range(0, 200).mapToObj(i -> "crm-evt-" + i).toList());
    }
}
