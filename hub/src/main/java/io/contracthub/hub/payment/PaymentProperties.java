package io.contracthub.hub.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The payment journey (config/payments.yml): the stall rule and how each bank's statement files are read. */
@ConfigurationProperties("hub.payments")
public record PaymentProperties(Stall stall, Map<String, Bank> banks) {

    public PaymentProperties {
        banks = banks == null ? Map.of() : Map.copyOf(banks);
    }

    public record Stall(Duration after, boolean workingDaysOnly, String zone, Duration scanInterval,
                        List<String> audiences, List<String> escalationAudiences) {
    }

    /** The header names of one bank's statement export; {@code serialColumn} is optional. */
    public record Bank(String charset, String dateColumn, String dateFormat, String amountColumn, String payerColumn,
                       String referenceColumn, String serialColumn) {
    }
}
