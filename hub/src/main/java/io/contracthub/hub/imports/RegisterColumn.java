package io.contracthub.hub.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a contract register, one row per contract line. The header row names each column by its key or its
 * Chinese label, in any order. Contract columns ({@code contractLevel}) are read from a contract's first row; its
 * further rows may leave them blank or repeat them.
 */
public enum RegisterColumn {

    CONTRACT_NUMBER("contract_number", "合同编号", "Contract number", true, true,
            "每行必填；同一合同的多行明细必须相邻", "Required on every row; the rows of one contract must be next to each other", "HT-2026-0001"),
    CONTRACT_DATE("contract_date", "合同日期", "Contract date", true, true,
            "年-月-日，如 2026-11-20，或 Excel 日期", "Year-month-day such as 2026-11-20, or an Excel date", "2026-11-20"),
    CUSTOMER_NAME("customer_name", "客户名称", "Customer", true, true, "", "", "华东医疗器械有限公司"),
    CREDIT_CODE("credit_code", "统一社会信用代码", "Credit code", true, true,
            "18 位，按 GB 32100-2015 校验；请设为文本格式", "18 characters, checked by GB 32100-2015; format the column as text",
            "91310000MA1FL8XQ37"),
    REGION("region", "区域", "Region", true, true, "须是已配置的区域，如 Shanghai", "A configured region such as Shanghai", "Shanghai"),
    SEGMENT("segment", "客户类别", "Segment", true, true, "如 MEDICAL", "Such as MEDICAL", "MEDICAL"),
    REP_ID("rep_id", "销售工号", "Rep id", true, true, "", "", "u1001"),
    REP_NAME("rep_name", "销售姓名", "Rep name", true, true, "", "", "李雷"),
    PRODUCT_CODE("product_code", "产品编码", "Product code", true, false, "每行一个明细", "One contract line per row", "MRI-3T"),
    DESCRIPTION("description", "产品说明", "Description", false, false, "可空", "Optional", "3T 磁共振"),
    QUANTITY("quantity", "数量", "Quantity", true, false, "大于 0，最多 4 位小数", "Greater than 0, at most 4 decimals", "1"),
    UNIT_PRICE("unit_price", "不含税单价", "Unit price excl. tax", true, false,
            "元，大于 0，最多 6 位小数", "Yuan, greater than 0, at most 6 decimals", "2400000.00"),
    TAX_RATE("tax_rate", "税率", "Tax rate", true, false, "0.13 或 13%", "0.13 or 13%", "0.13"),
    DOWN_PAYMENT_PERCENT("down_payment_percent", "首付比例", "Down payment percent", true, true,
            "0 到 100；与首付金额二选一填写", "0 to 100; fill in this or the down payment amount, not both", "30"),
    DOWN_PAYMENT_AMOUNT("down_payment_amount", "首付金额", "Down payment amount", true, true,
            "元，精确到分；与首付比例二选一填写", "Yuan to the fen; fill in this or the percent, not both", ""),
    CREDIT_DAYS("credit_days", "账期天数", "Credit days", true, true, "0 到 3650 的整数，可空", "Whole days 0 to 3650, optional", "60"),
    SIGNED("signed", "是否已签约", "Signed", true, true,
            "是/否（yes/no）：是 = 销售确认已签，否 = 仍在谈判", "Yes/no: yes = sales states it is signed, no = still negotiating", "是"),
    INVOICE_TITLE("invoice_title", "发票抬头", "Invoice title", false, true, "可空", "Optional", "华东医疗器械有限公司"),
    TAX_NUMBER("tax_number", "纳税人识别号", "Tax number", false, true,
            "可空；填写时按统一社会信用代码校验；请设为文本格式", "Optional; checked as a credit code when given; format as text",
            "91310000MA1FL8XQ37"),
    BANK_NAME("bank_name", "开户银行", "Bank", false, true, "可空", "Optional", "工商银行上海分行"),
    BANK_ACCOUNT_NAME("bank_account_name", "账户名称", "Account name", false, true, "可空", "Optional", "华东医疗器械有限公司"),
    BANK_ACCOUNT("bank_account", "银行账号", "Bank account", false, true,
            "可空；只含数字；请设为文本格式（否则 Excel 会丢掉末几位）",
            "Optional; digits only; format as text (Excel otherwise drops the last digits)", "6222020200112233445");

    private final String key;
    private final String labelZh;
    private final String labelEn;
    private final boolean requiredHeader;
    private final boolean contractLevel;
    private final String ruleZh;
    private final String ruleEn;
    private final String example;

    RegisterColumn(String key, String labelZh, String labelEn, boolean requiredHeader, boolean contractLevel,
                   String ruleZh, String ruleEn, String example) {
        this.key = key;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.requiredHeader = requiredHeader;
        this.contractLevel = contractLevel;
        this.ruleZh = ruleZh;
        this.ruleEn = ruleEn;
        this.example = example;
    }

    /** The column a header cell names: its key or its Chinese label, ignoring case and surrounding blanks. */
    public static Optional<RegisterColumn> named(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String name = header.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(column -> column.key.equals(name) || column.labelZh.equals(name)).findFirst();
    }

    public String key() {
        return key;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    public boolean requiredHeader() {
        return requiredHeader;
    }

    public boolean contractLevel() {
        return contractLevel;
    }

    public String ruleZh() {
        return ruleZh;
    }

    public String ruleEn() {
        return ruleEn;
    }

    public String example() {
        return example;
    }
}
