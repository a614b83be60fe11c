package io.contracthub.hub.erp;

import io.contracthub.connectors.kingdee.KingdeeSettings;
import io.contracthub.connectors.resilience.ResilienceSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * ERP delivery (config/erp.yml): which company a contract belongs to, each company's ERP and master-data codes,
 * and each ERP's connection. An ERP whose base URL is blank is not configured (unless the simulators stand in).
 */
@Validated
@ConfigurationProperties(prefix = "hub.erp")
public record ErpProperties(
        boolean deliveryEnabled,
        @Min(1) int concurrentConsumers,
        @Valid @NotNull Routing routing,
        @Valid Map<String, Company> companies,
        @Valid Kingdee kingdee,
        @Valid U8 u8,
        @Valid Sap sap,
        @Valid @NotNull Simulators simulators) {

    /**
     * A contract goes to the company named for its customer's region, else for its customer's segment, else to
     * {@code unknownRegionCompany} when the customer names a region {@code byRegion} does not know, or to
     * {@code defaultCompany} when it names none. A blank {@code unknownRegionCompany} (the default) means an unknown
     * region is a mistake: such a contract is refused at ingest (400), so a misspelt region never lands in the wrong
     * company's ERP. Blank default company: a contract matching no rule is dead-lettered with that reason.
     */
    public record Routing(String defaultCompany, String unknownRegionCompany, Map<String, String> byRegion,
                          Map<String, String> bySegment) {

        public Routing {
            byRegion = byRegion == null ? Map.of() : Map.copyOf(byRegion);
            bySegment = bySegment == null ? Map.of() : Map.copyOf(bySegment);
        }

        /** Whether a contract of a customer in {@code region} (null or blank: none given) may be accepted. */
        public boolean accepts(String region) {
            return region == null || region.isBlank() || byRegion.containsKey(region)
                    || (unknownRegionCompany != null && !unknownRegionCompany.isBlank());
        }
    }

    /**
     * A seller entity. {@code customers} maps the customer's unified social credit code to the ERP's customer code,
     * {@code materials} and {@code warehouses} map the hub's product code, {@code departments} the sales rep's id;
     * {@code attributes} holds ERP-specific defaults the mappings read (bill type, sales area, voucher type).
     */
    public record Company(@NotBlank String erp, String name, String orgCode, Map<String, String> customers,
                          Map<String, String> materials, Map<String, String> departments, Map<String, String> warehouses,
                          String defaultDepartment, String defaultWarehouse, Map<String, String> attributes) {
    }

    public record Kingdee(String baseUrl, @NotNull Duration connectTimeout, @NotNull Duration requestTimeout,
                          String acctId, String username, String appId, String appSecret, String password,
                          @NotNull KingdeeSettings.LoginMethod loginMethod, int lcid, @NotBlank String invoiceFormId,
                          boolean submitAndAudit, @NotBlank String sessionLostText, @NotNull ResilienceSettings resilience) {

        @Override
        public String toString() {
            return "Kingdee[baseUrl=" + baseUrl + ", acctId=" + acctId + ", username=" + username + ", appId=" + appId + "]";
        }
    }

    public record U8(String baseUrl, @NotNull Duration connectTimeout, @NotNull Duration requestTimeout,
                     String fromAccount, String toAccount, String appKey, String appSecret, String dsSequence,
                     @NotNull Duration tokenRefreshMargin, @NotNull Duration pollInterval, @Min(1) int maxPolls,
                     List<String> tokenErrorCodes, @NotNull ResilienceSettings resilience) {

        @Override
        public String toString() {
            return "U8[baseUrl=" + baseUrl + ", fromAccount=" + fromAccount + ", toAccount=" + toAccount + ", appKey=" + appKey + "]";
        }
    }

    /**
     * @param protocol    how sales orders are created: OData API_SALES_ORDER_SRV (default) or SOAP, the BAPI
     *                    BAPI_SALESORDER_CREATEFROMDAT2 exposed through SOAMANAGER at {@code soapService}; billing
     *                    documents are read over OData either way
     * @param soapService path of the SOAMANAGER endpoint below the base URL (used with protocol soap)
     */
    public record Sap(String baseUrl, @NotNull Duration connectTimeout, @NotNull Duration requestTimeout,
                      String username, String password, SapProtocol protocol, String soapService,
                      @NotBlank String salesOrderService,
                      @NotBlank String billingService, @NotBlank String billingOrderField,
                      String outboundDeliveryService, @NotNull Duration unsureCreateWait, @NotNull ResilienceSettings resilience) {

        public Sap {
            protocol = protocol == null ? SapProtocol.ODATA : protocol;
        }

        @Override
        public String toString() {
            return "Sap[baseUrl=" + baseUrl + ", username=" + username + ", protocol=" + protocol + "]";
        }
    }

    public enum SapProtocol { ODATA, SOAP }

    /** The in-process ERP simulators (sandbox, tests); port 0 picks a free port. */
    public record Simulators(boolean enabled, int kingdeePort, int u8Port, int sapPort) {
    }
}
