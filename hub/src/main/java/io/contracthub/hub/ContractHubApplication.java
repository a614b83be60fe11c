package io.contracthub.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication(scanBasePackages = "io.contracthub")
@ConfigurationPropertiesScan
public class ContractHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(ContractHubApplication.class, args);
    }
}
