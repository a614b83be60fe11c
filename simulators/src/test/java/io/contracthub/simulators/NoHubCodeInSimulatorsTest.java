package io.contracthub.simulators;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * A simulator behaves like the vendor and shares no code with the hub: a protocol rule borrowed from the hub would
 * agree with any mistake the hub makes. Covers the simulators' sources and their own tests.
 */
class NoHubCodeInSimulatorsTest {

    private static final JavaClasses SIMULATORS = new ClassFileImporter().importPackages("io.contracthub.simulators");

    @Test
    void noSimulatorClassDependsOnTheConnectorsOrTheHub() {
        noClasses().that().resideInAPackage("io.contracthub.simulators..")
                .should().dependOnClassesThat().resideInAnyPackage("io.contracthub.connectors..", "io.contracthub.hub..")
                .because("each simulator writes the vendor's rules again from the vendor's documentation")
                .check(SIMULATORS);
    }
}
