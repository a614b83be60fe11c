package io.contracthub.mappings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SenderFieldNamesTest {

    private static final String CRM_CONTRACT = "mappings/crm/contract.jslt";
    private static final SenderFieldNames CRM = SenderFieldNames.besideMapping(CRM_CONTRACT);

    @Test
    void aCanonicalFieldIsNamedAsTheCrmSendsIt() {
        assertThat(CRM.of("evidence.outcome")).map(SenderFieldNames.SenderField::name).hasValue("contract.salesStage");
    }

    @Test
    void aLineKeepsItsIndex() {
        assertThat(CRM.of("terms.lines[3].unitPriceExclTax")).map(SenderFieldNames.SenderField::name)
                .hasValue("contract.lines[3].unitPrice");
    }

    @Test
    void theStagesListedAreExactlyTheOnesTheMappingKnows() throws Exception {
        JsltMapping mapping = JsltMapping.fromClasspath(CRM_CONTRACT);
        List<String> listed = CRM.of("evidence.outcome").orElseThrow().allowed();

        for (String stage : listed) {
            assertThat(outcome(mapping, stage)).as(stage).isNotNull();
        }
        assertThat(outcome(mapping, "PROSPECTING")).isNull();
        assertThat(listed).hasSize(8);
    }

    @Test
    void aMappingWithoutANamesFileKeepsTheCanonicalNames() {
        assertThat(SenderFieldNames.besideMapping("mappings/esign/callback.jslt").of("evidence.outcome")).isEmpty();
    }

    private static String outcome(JsltMapping mapping, String stage) throws Exception {
        JsonNode event = new ObjectMapper().readTree("{\"contract\":{\"salesStage\":\"" + stage + "\"}}");
        JsonNode outcome = mapping.apply(event).path("evidence").path("outcome");
        return outcome.isTextual() ? outcome.asText() : null;
    }
}
