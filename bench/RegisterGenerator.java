import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a contract register of N rows (two lines per contract, every 50th contract with a broken credit code) in the
 * template's columns, streamed with SXSSF. Run by bench/import.sh with POI from the hub jar on the class path:
 * java -cp 'lib/*' bench/RegisterGenerator.java register.xlsx 50000 BENCH-
 */
public class RegisterGenerator {

    private static final String[] HEADER = {"contract_number", "contract_date", "customer_name", "credit_code", "region",
            "segment", "rep_id", "rep_name", "product_code", "description", "quantity", "unit_price", "tax_rate",
            "down_payment_percent", "down_payment_amount", "credit_days", "signed", "invoice_title", "tax_number",
            "bank_name", "bank_account_name", "bank_account"};

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        String prefix = args.length > 2 ? args[2] : "BENCH-";
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("register");
            write(sheet.createRow(0), HEADER);
            for (int i = 0; i < rows; i++) {
                int contract = i / 2;
                boolean first = i % 2 == 0;
                String creditCode = contract % 50 == 49 ? "91310000MA1FL8XQ38" : "91310000MA1FL8XQ37";
                String[] cells = first
                        ? new String[]{prefix + contract, "2026-11-20", "华东医疗器械有限公司 " + contract, creditCode, "Shanghai",
                        "HOSPITAL", "u" + (1000 + contract % 40), "销售" + contract % 40, "MRI-3T", "3T 磁共振", "1",
                        "2400000.00", "0.13", "30", "", "60", "否", "华东医疗器械有限公司", "91310000MA1FL8XQ37",
                        "工商银行上海分行", "华东医疗器械有限公司", "6222020200112233445"}
                        : new String[]{prefix + contract, "", "", "", "", "", "", "", "SVC-INSTALL", "安装与培训", "2",
                        "35000.50", "0.06", "", "", "", "", "", "", "", "", ""};
                write(sheet.createRow(i + 1), cells);
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void write(Row row, String[] cells) {
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                row.createCell(c).setCellValue(cells[c]);
            }
        }
    }
}
