package io.contracthub.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The canonical model must stay plain Java so every module can use it without dragging in a framework. */
@AnalyzeClasses(packages = "io.contracthub.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelDependencyRulesTest {

    @ArchTest
    static final ArchRule model_depends_on_no_framework_json_or_http_library = noClasses()
            .that().resideInAPackage("io.contracthub.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.camel..", "com.fasterxml..", "java.net.http..", "jakarta..");
}
