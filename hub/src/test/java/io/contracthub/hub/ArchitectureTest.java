package io.contracthub.hub;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Dependencies point one way: hub -> routes -> connectors/mappings -> model. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.contracthub");

    @Test
    void routesDoNotKnowTheApplication() {
        noClasses().that().resideInAPackage("io.contracthub.routes..")
                .should().dependOnClassesThat().resideInAPackage("io.contracthub.hub..").check(classes);
    }

    @Test
    void connectorsAndMappingsDoNotKnowRoutesOrTheApplication() {
        noClasses().that().resideInAnyPackage("io.contracthub.connectors..", "io.contracthub.mappings..")
                .should().dependOnClassesThat().resideInAnyPackage("io.contracthub.routes..", "io.contracthub.hub..")
                .check(classes);
    }

    @Test
    void connectorsDoNotUseCamel() {
        noClasses().that().resideInAPackage("io.contracthub.connectors..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.camel..").check(classes);
    }

    @Test
    void modelKnowsNoFrameworkAndNoOtherModule() {
        noClasses().that().resideInAPackage("io.contracthub.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.camel..",
                        "com.fasterxml..", "io.contracthub.routes..", "io.contracthub.connectors..", "io.contracthub.hub..")
                .check(classes);
    }
}
