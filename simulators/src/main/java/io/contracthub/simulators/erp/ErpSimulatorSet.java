package io.contracthub.simulators.erp;

import io.contracthub.simulators.kingdee.KingdeeSimulator;
import io.contracthub.simulators.kingdee.KingdeeSimulatorSettings;
import io.contracthub.simulators.sap.SapSimulator;
import io.contracthub.simulators.sap.SapSimulatorSettings;
import io.contracthub.simulators.u8.U8Simulator;
import io.contracthub.simulators.u8.U8SimulatorSettings;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Kingdee, U8 and SAP simulators that stand in for a hub's three ERPs (the sandbox's and the hub tests'), built
 * from plain settings, each seeded with the master-data codes of the companies that use it.
 *
 * <p>The set does not start them: whoever owns them starts and stops each one, so a simulator can get its saved state
 * back before it starts (the sandbox keeps each one's state under its own name).
 */
public final class ErpSimulatorSet {

    /** The systems' names as the hub's ERP configuration spells them ({@code hub.erp.companies.*.erp}). */
    public static final String KINGDEE = "kingdee";
    public static final String U8 = "u8";
    public static final String SAP = "sap";

    private static final Duration KINGDEE_SESSION_IDLE_TIMEOUT = Duration.ofMinutes(20);
    private static final Duration U8_TOKEN_LIFETIME = Duration.ofHours(2);
    private static final Duration U8_PROCESSING_TIME = Duration.ofMillis(150);

    private final KingdeeSimulator kingdee;
    private final U8Simulator u8;
    private final SapSimulator sap;

    public ErpSimulatorSet(Settings settings) {
        Objects.requireNonNull(settings, "settings");
        KingdeeAccount k = settings.kingdee();
        kingdee = new KingdeeSimulator(new KingdeeSimulatorSettings(k.port(), k.acctId(), k.username(), k.appId(),
                k.appSecret(), KINGDEE_SESSION_IDLE_TIMEOUT));
        U8Account u = settings.u8();
        u8 = new U8Simulator(new U8SimulatorSettings(u.port(), u.fromAccount(), u.toAccount(), u.appKey(), u.appSecret(),
                U8_TOKEN_LIFETIME, U8_PROCESSING_TIME));
        SapAccount s = settings.sap();
        sap = new SapSimulator(new SapSimulatorSettings(s.port(), s.username(), s.password(), true));
        for (CompanyCodes company : settings.companies()) {
            masterData(company.system()).ifPresent(data -> data.customers(company.customers()).materials(company.materials()));
        }
    }

    public KingdeeSimulator kingdee() {
        return kingdee;
    }

    public U8Simulator u8() {
        return u8;
    }

    public SapSimulator sap() {
        return sap;
    }

    /** The base URL of the started simulator standing in for {@code system}; empty for a system it does not simulate. */
    public Optional<String> baseUrl(String system) {
        return Optional.ofNullable(erp(system)).map(ErpSimulator::baseUrl);
    }

    private Optional<MasterData> masterData(String system) {
        return Optional.ofNullable(erp(system)).map(ErpSimulator::masterData);
    }

    private ErpSimulator erp(String system) {
        if (system == null) {
            return null;
        }
        return switch (system) {
            case KINGDEE -> kingdee;
            case U8 -> u8;
            case SAP -> sap;
            default -> null;
        };
    }

    /** What the three simulators accept, and the companies whose codes they know. */
    public record Settings(KingdeeAccount kingdee, U8Account u8, SapAccount sap, List<CompanyCodes> companies) {

        public Settings {
            Objects.requireNonNull(kingdee, "kingdee");
            Objects.requireNonNull(u8, "u8");
            Objects.requireNonNull(sap, "sap");
            companies = companies == null ? List.of() : List.copyOf(companies);
        }
    }

    /** The Kingdee account the simulator accepts. */
    public record KingdeeAccount(int port, String acctId, String username, String appId, String appSecret) {
    }

    /** The U8 OpenAPI caller the simulator accepts. */
    public record U8Account(int port, String fromAccount, String toAccount, String appKey, String appSecret) {
    }

    /** The SAP technical user the simulator accepts. */
    public record SapAccount(int port, String username, String password) {
    }

    /** One company's customer and material codes, known to the simulator of its ERP ({@code system}). */
    public record CompanyCodes(String system, Collection<String> customers, Collection<String> materials) {

        public CompanyCodes {
            customers = customers == null ? List.of() : List.copyOf(customers);
            materials = materials == null ? List.of() : List.copyOf(materials);
        }
    }
}
