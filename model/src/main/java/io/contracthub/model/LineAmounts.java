package io.contracthub.model;

import java.math.BigDecimal;

public record LineAmounts(BigDecimal net, BigDecimal tax, BigDecimal gross) {
}
