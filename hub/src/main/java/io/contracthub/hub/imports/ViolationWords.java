package io.contracthub.hub.imports;

import io.contracthub.model.Violation;

/** The register column and the Chinese words for a contract-level rule the validator found broken. */
record ViolationWords(RegisterColumn column, String zh) {

    static ViolationWords of(Violation violation) {
        boolean required = violation.message().equals("is required");
        return switch (violation.field()) {
            case "terms.contractNumber" -> new ViolationWords(RegisterColumn.CONTRACT_NUMBER, required ? "合同编号必填"
                    : "合同编号最多 64 个字符，且不能含控制字符或 < > & \" ' ` 等符号");
            case "terms.customer.name" -> new ViolationWords(RegisterColumn.CUSTOMER_NAME, "客户名称必填");
            case "terms.customer.creditCode" -> new ViolationWords(RegisterColumn.CREDIT_CODE, required
                    ? "统一社会信用代码必填" : "统一社会信用代码无效（位数或校验位不符合 GB 32100-2015）");
            case "terms.customer.region" -> new ViolationWords(RegisterColumn.REGION, "区域不是系统已配置的区域");
            case "terms.lines" -> new ViolationWords(RegisterColumn.PRODUCT_CODE, "合同至少要有一行明细");
            case "terms.totals.gross" -> new ViolationWords(RegisterColumn.UNIT_PRICE, "合同含税总额超过上限");
            case "terms.paymentTerms" -> new ViolationWords(RegisterColumn.DOWN_PAYMENT_PERCENT,
                    "首付比例和首付金额须填写且只填写其中一个（无首付请填比例 0）");
            case "terms.paymentTerms.downPaymentPercent" -> new ViolationWords(RegisterColumn.DOWN_PAYMENT_PERCENT,
                    "首付比例须在 0 到 100 之间，最多 4 位小数");
            case "terms.paymentTerms.downPaymentAmount" -> new ViolationWords(RegisterColumn.DOWN_PAYMENT_AMOUNT,
                    violation.message().contains("gross") ? "首付金额不能超过合同含税总额" : "首付金额须大于等于 0 且精确到分");
            case "terms.paymentTerms.creditDays" -> new ViolationWords(RegisterColumn.CREDIT_DAYS, "账期天数须在 0 到 3650 之间");
            case "terms.invoice.taxNumber" -> new ViolationWords(RegisterColumn.TAX_NUMBER,
                    "纳税人识别号无效（位数或校验位不符合 GB 32100-2015）");
            default -> new ViolationWords(null, "合同不符合规则：" + violation.field());
        };
    }
}
