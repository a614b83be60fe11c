package io.contracthub.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

// no generated in-memory user: API clients authenticate with the API key (HubSecurityConfig)
@SpringBootApplication(scanBasePackages = "io.contracthub", exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class ContractHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(ContractHubApplication.class, args);
    }
}
