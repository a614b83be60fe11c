package io.contracthub.hub.document;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.contracthub.model.BankAccount;
import io.contracthub.model.ContractLine;
import io.contracthub.model.ContractTerms;
import io.contracthub.model.Customer;
import io.contracthub.model.PaymentTerms;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rendered PDF read back with OpenPDF's own text extraction. */
class ContractPdfRendererTest {

    static final ContractDocumentTemplate TEMPLATE = new ContractDocumentTemplate("产品销售合同",
            new ContractDocumentTemplate.Party("", "上海市浦东新区张江路 1 号", "021-55550000"),
            new ContractDocumentTemplate.Bank("招商银行上海分行", "演示卖方有限公司", "755912345610801"),
            List.of("本合同自双方盖章之日起生效。"),
            new ContractDocumentTemplate.Seal(150, 120), new ContractDocumentTemplate.Seal(420, 120), "");

    private final ContractPdfRenderer renderer = new ContractPdfRenderer(TEMPLATE);

    @Test
    void thePdfHoldsNumberPartiesEveryLineAndTotalsInFiguresAndCapitalsAsText() throws IOException {
        RenderedDocument rendered = renderer.render(terms(List.of(
                line("MRI-3T", "3T 磁共振成像系统", "1", "2400000.00", "0.13"),
                line("SVC-Y1", "首年维保服务", "3", "0.335", "0.06")), null), "演示卖方有限公司");

        String text = text(rendered);

        assertThat(new String(rendered.pdf(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(rendered.fileName()).isEqualTo("HT-2026-0042.pdf");
        assertThat(text).contains("产品销售合同").contains("合同编号：HT-2026-0042")
                .contains("甲方（买方）：华东医疗器械有限公司").contains("乙方（卖方）：演示卖方有限公司")
                .contains("3T 磁共振成像系统").contains("¥2,400,000.00").contains("¥312,000.00").contains("¥2,712,000.00")
                .contains("首年维保服务").contains("¥1.01").contains("¥0.06").contains("¥1.07")
                .contains("含税总额 ¥2,712,001.07").contains("人民币贰佰柒拾壹万贰仟零壹元零柒分")
                .contains("预付款 ¥813,600.32").contains("60 天内")
                .contains("招商银行上海分行").contains("755912345610801")
                .contains("甲方（盖章）").contains("乙方（盖章）");
    }

    @Test
    void theCrmsBankAccountWinsOverTheTemplates() throws IOException {
        RenderedDocument rendered = renderer.render(terms(List.of(line("A", "试剂", "2", "10.00", "0.13")),
                new BankAccount("工商银行", "华东卖方", "6222020200112233445")), "演示卖方有限公司");

        assertThat(text(rendered)).contains("6222020200112233445").doesNotContain("755912345610801");
    }

    @Test
    void manyLinesFlowOntoMorePagesAndTheSealsGoOnTheLast() throws IOException {
        List<ContractLine> lines = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            lines.add(line("P-" + i, "耗材 " + i, "1", "10.00", "0.13"));
        }

        RenderedDocument rendered = renderer.render(terms(lines, null), "演示卖方有限公司");

        PdfReader reader = new PdfReader(rendered.pdf());
        assertThat(rendered.lastPage()).isGreaterThan(1).isEqualTo(reader.getNumberOfPages());
        assertThat(new PdfTextExtractor(reader).getTextFromPage(rendered.lastPage())).contains("甲方（盖章）");
    }

    private static String text(RenderedDocument rendered) throws IOException {
        PdfReader reader = new PdfReader(rendered.pdf());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private static ContractTerms terms(List<ContractLine> lines, BankAccount bank) {
        return new ContractTerms("HT-2026-0042", LocalDate.of(2026, 11, 20),
                new Customer("华东医疗器械有限公司", "91310000MA1FL8XQ37", "Shanghai", "HOSPITAL"), null, "CNY", lines,
                new PaymentTerms(new BigDecimal("30"), null, 60), null, bank, null);
    }

    private static ContractLine line(String code, String description, String quantity, String price, String rate) {
        return new ContractLine(code, description, new BigDecimal(quantity), new BigDecimal(price), new BigDecimal(rate));
    }
}
