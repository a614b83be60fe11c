package io.contracthub.hub.erp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contracthub.routes.erp.ErpRoutingException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** config/erp.yml's routing: region, then segment, then the fallback for an unknown region or for no region. */
class ErpCompanyRouterTest {

    private final ObjectMapper objectMapper = new ObjectMapper();

    @Test
    void aKnownRegionGoesToItsCompany() {
        assertThat(router("").targetFor(trigger("Beijing")).companyCode()).isEqualTo("BJ01");
    }

    @Test
    void aCustomerWithoutARegionGoesToTheDefaultCompany() {
        assertThat(router("").targetFor(trigger(null)).companyCode()).isEqualTo("SH01");
    }

    @Test
    void anUnknownRegionGoesToTheCompanyConfiguredForUnknownRegions() {
        assertThat(router("BJ01").targetFor(trigger("Zhejiang")).companyCode()).isEqualTo("BJ01");
    }

    @Test
    void anUnknownRegionWithoutACompanyConfiguredForItIsNotSentToTheDefault() {
        assertThatThrownBy(() -> router("").targetFor(trigger("Zhejiang")))
                .isInstanceOf(ErpRoutingException.class).hasMessageContaining("unknown-region-company");
    }

    @Test
    void routingAcceptsAnUnknownRegionOnlyWhenACompanyIsConfiguredForIt() {
        assertThat(routing("").accepts("Zhejiang")).isFalse();
        assertThat(routing("BJ01").accepts("Zhejiang")).isTrue();
    }

    @Test
    void routingAcceptsAKnownRegionAndNoRegion() {
        assertThat(routing("").accepts("Shanghai")).isTrue();
        assertThat(routing("").accepts(null)).isTrue();
        assertThat(routing("").accepts(" ")).isTrue();
    }

    private ErpCompanyRouter router(String unknownRegionCompany) {
        Map<String, ErpProperties.Company> companies = Map.of("SH01", company("kingdee"), "BJ01", company("u8"));
        return new ErpCompanyRouter(new ErpProperties(false, 1, routing(unknownRegionCompany), companies, null, null, null,
                new ErpProperties.Simulators(false, 0, 0, 0)), objectMapper);
    }

    private static ErpProperties.Routing routing(String unknownRegionCompany) {
        return new ErpProperties.Routing("SH01", unknownRegionCompany, Map.of("Shanghai", "SH01", "Beijing", "BJ01"), Map.of());
    }

    private static ErpProperties.Company company(String erp) {
        return new ErpProperties.Company(erp, null, null, null, null, null, null, null, null, null);
    }

    private JsonNode trigger(String region) {
        var customer = objectMapper.createObjectNode().put("segment", "HOSPITAL");
        if (region != null) {
            customer.put("region", region);
        }
        var trigger = objectMapper.createObjectNode();
        trigger.putObject("contract").set("customer", customer);
        return trigger;
    }
}
