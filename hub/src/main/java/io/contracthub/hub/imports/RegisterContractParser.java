package io.contracthub.hub.imports;

import io.contracthub.hub.pipeline.CanonicalEvidenceValidator;
import io.contracthub.model.BankAccount;
import io.contracthub.model.ContractLine;
import io.contracthub.model.ContractTerms;
import io.contracthub.model.Customer;
import io.contracthub.model.EvidenceTime;
import io.contracthub.model.InvoiceTitle;
import io.contracthub.model.PaymentTerms;
import io.contracthub.model.SalesRep;
import io.contracthub.model.Violation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rows of one contract into its terms and checks them with the rules every CRM event meets
 * ({@link CanonicalEvidenceValidator#violations}: credit code checksum, money to the fen, tax rate, payment terms,
 * region), plus what only a spreadsheet can get wrong: cells that are not numbers or dates, contract columns that differ
 * between the contract's rows.
 */
final class RegisterContractParser {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String CURRENCY = "CNY";
    private static final Pattern LINE_FIELD = Pattern.compile("terms\\.lines\\[(\\d+)]\\.(\\w+)");

    private final CanonicalEvidenceValidator validator;
    private final Clock clock;

    RegisterContractParser(CanonicalEvidenceValidator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    RegisterContract parse(List<RegisterRow> rows) {
        Reasons reasons = new Reasons(rows.get(0).get(RegisterColumn.CONTRACT_NUMBER));
        RegisterRow first = rows.get(0);
        for (RegisterRow row : rows.subList(1, rows.size())) {
            checkSameContractColumns(first, row, reasons);
        }
        LocalDate date = value(first, RegisterColumn.CONTRACT_DATE, RegisterCells::date, reasons,
                "不是日期，请写成 2026-11-20", "is not a date; write it as 2026-11-20");
        Instant occurredAt = date == null ? null : date.atStartOfDay(CHINA).toInstant();
        if (date == null && first.get(RegisterColumn.CONTRACT_DATE) == null) {
            reasons.add(first, RegisterColumn.CONTRACT_DATE, "合同日期必填", "Contract date is required");
        } else if (occurredAt != null && !EvidenceTime.isPlausible(occurredAt, clock.instant())) {
            reasons.add(first, RegisterColumn.CONTRACT_DATE, "合同日期须在 2000-01-01 之后且不晚于今天",
                    "Contract date must lie between 2000-01-01 and today");
        }
        Boolean signed = value(first, RegisterColumn.SIGNED, RegisterCells::yesNo, reasons,
                "请填写“是”或“否”", "must be yes or no");
        if (signed == null && first.get(RegisterColumn.SIGNED) == null) {
            reasons.add(first, RegisterColumn.SIGNED, "是否已签约必填（是/否）", "Signed is required (yes or no)");
        }
        String account = first.get(RegisterColumn.BANK_ACCOUNT);
        if (account != null && !RegisterCells.isAccountNumber(account)) {
            reasons.add(first, RegisterColumn.BANK_ACCOUNT, "银行账号只能包含数字；请把该列设为文本格式后重新填写",
                    "Bank account must be digits only; format the column as text and type it again");
        }
        ContractTerms terms = terms(rows, first, reasons);
        for (Violation violation : validator.violations(terms)) {
            reasons.addViolation(rows, violation);
        }
        return new RegisterContract(reasons.contractNumber, rows, terms, Boolean.TRUE.equals(signed), occurredAt,
                reasons.forEveryRow(rows));
    }

    private ContractTerms terms(List<RegisterRow> rows, RegisterRow first, Reasons reasons) {
        List<ContractLine> lines = new ArrayList<>();
        for (RegisterRow row : rows) {
            lines.add(new ContractLine(row.get(RegisterColumn.PRODUCT_CODE), row.get(RegisterColumn.DESCRIPTION),
                    value(row, RegisterColumn.QUANTITY, RegisterCells::decimal, reasons, "不是数字", "is not a number"),
                    value(row, RegisterColumn.UNIT_PRICE, RegisterCells::decimal, reasons, "不是数字", "is not a number"),
                    value(row, RegisterColumn.TAX_RATE, RegisterCells::rate, reasons,
                            "不是税率，请写成 0.13 或 13%", "is not a tax rate; write it as 0.13 or 13%")));
        }
        BigDecimal percent = value(first, RegisterColumn.DOWN_PAYMENT_PERCENT, RegisterCells::decimal, reasons,
                "不是数字", "is not a number");
        BigDecimal amount = value(first, RegisterColumn.DOWN_PAYMENT_AMOUNT, RegisterCells::decimal, reasons,
                "不是数字", "is not a number");
        Integer creditDays = value(first, RegisterColumn.CREDIT_DAYS, RegisterCells::wholeNumber, reasons,
                "不是整数天数", "is not a whole number of days");
        String invoiceTitle = first.get(RegisterColumn.INVOICE_TITLE);
        String taxNumber = first.get(RegisterColumn.TAX_NUMBER);
        String bankName = first.get(RegisterColumn.BANK_NAME);
        String accountName = first.get(RegisterColumn.BANK_ACCOUNT_NAME);
        String account = first.get(RegisterColumn.BANK_ACCOUNT);
        return new ContractTerms(first.get(RegisterColumn.CONTRACT_NUMBER),
                RegisterCells.date(Objects.requireNonNullElse(first.get(RegisterColumn.CONTRACT_DATE), "")).orElse(null),
                new Customer(first.get(RegisterColumn.CUSTOMER_NAME), first.get(RegisterColumn.CREDIT_CODE),
                        first.get(RegisterColumn.REGION), first.get(RegisterColumn.SEGMENT)),
                new SalesRep(first.get(RegisterColumn.REP_ID), first.get(RegisterColumn.REP_NAME)), CURRENCY, lines,
                new PaymentTerms(percent, amount, creditDays),
                invoiceTitle == null && taxNumber == null ? null : new InvoiceTitle(invoiceTitle, taxNumber),
                bankName == null && accountName == null && account == null ? null
                        : new BankAccount(bankName, accountName, account == null ? null : account.replace(" ", "")),
                null);
    }

    private static void checkSameContractColumns(RegisterRow first, RegisterRow row, Reasons reasons) {
        for (RegisterColumn column : RegisterColumn.values()) {
            String value = row.get(column);
            if (column.contractLevel() && column != RegisterColumn.CONTRACT_NUMBER && value != null
                    && !value.equals(first.get(column))) {
                reasons.add(row, column, column.labelZh() + "与本合同第一行（第 " + first.number() + " 行）不同；同一合同的各行须一致或留空",
                        column.labelEn() + " differs from the contract's first row (row " + first.number()
                                + "); repeat it or leave it blank");
            }
        }
    }

    private static <T> T value(RegisterRow row, RegisterColumn column, Function<String, Optional<T>> read, Reasons reasons,
                               String zh, String en) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        Optional<T> value = read.apply(text);
        if (value.isEmpty()) {
            reasons.add(row, column, column.labelZh() + "“" + shortened(text) + "”" + zh,
                    column.labelEn() + " \"" + shortened(text) + "\" " + en);
        }
        return value.orElse(null);
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** The reasons found so far, at most one per row and column: a cell that is not a number is not also "required". */
    private static final class Reasons {

        private final String contractNumber;
        private final List<RowReason> reasons = new ArrayList<>();
        private final Set<String> cells = new HashSet<>();

        Reasons(String contractNumber) {
            this.contractNumber = contractNumber;
        }

        void add(RegisterRow row, RegisterColumn column, String zh, String en) {
            if (cells.add(row.number() + ":" + (column == null ? "" : column.key()))) {
                reasons.add(new RowReason(row.number(), contractNumber, column, zh, en));
            }
        }

        void addViolation(List<RegisterRow> rows, Violation violation) {
            Matcher line = LINE_FIELD.matcher(violation.field());
            if (line.matches()) {
                int index = Integer.parseInt(line.group(1));
                RegisterRow row = index < rows.size() ? rows.get(index) : rows.get(0);
                RegisterColumn column = switch (line.group(2)) {
                    case "productCode" -> RegisterColumn.PRODUCT_CODE;
                    case "quantity" -> RegisterColumn.QUANTITY;
                    case "unitPriceExclTax" -> RegisterColumn.UNIT_PRICE;
                    default -> RegisterColumn.TAX_RATE;
                };
                add(row, column, lineRuleZh(column, violation), column.labelEn() + " " + violation.message());
                return;
            }
            ViolationWords words = ViolationWords.of(violation);
            add(rows.get(0), words.column(), words.zh(),
                    (words.column() == null ? violation.field() : words.column().labelEn()) + " " + violation.message());
        }

        private static String lineRuleZh(RegisterColumn column, Violation violation) {
            if (violation.message().equals("is required")) {
                return column.labelZh() + "必填";
            }
            return switch (column) {
                case QUANTITY -> "数量须大于 0、不超过 10 亿，最多 4 位小数";
                case UNIT_PRICE -> "不含税单价须大于 0，最多 6 位小数";
                case TAX_RATE -> "税率须在 0 到 1 之间（如 0.13 或 13%）";
                default -> column.labelZh() + "不符合规则";
            };
        }

        /** Every row of a refused contract is listed: rows without a reason of their own are refused with it. */
        List<RowReason> forEveryRow(List<RegisterRow> rows) {
            if (reasons.isEmpty()) {
                return List.of();
            }
            Set<Integer> named = new HashSet<>();
            reasons.forEach(reason -> named.add(reason.rowNumber()));
            List<RowReason> all = new ArrayList<>(reasons);
            for (RegisterRow row : rows) {
                if (!named.contains(row.number())) {
                    all.add(new RowReason(row.number(), contractNumber, null, "本合同的其他行有错误，整份合同未导入",
                            "Not imported: another row of this contract is refused"));
                }
            }
            all.sort(java.util.Comparator.comparingInt(RowReason::rowNumber));
            return all;
        }
    }
}
