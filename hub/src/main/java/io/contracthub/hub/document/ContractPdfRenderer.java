package io.contracthub.hub.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.contracthub.model.BankAccount;
import io.contracthub.model.ContractLine;
import io.contracthub.model.ContractTerms;
import io.contracthub.model.LineAmounts;
import io.contracthub.model.PaymentTerms;
import io.contracthub.model.Totals;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Renders a contract's terms as a PDF with the company template: parties, one row per line with net, tax and gross,
 * the totals in figures and in Chinese capitals, payment terms, the bank account, the template's clauses, and a field
 * for each party's seal on the last page where the sign flow puts it. Text is set in WenQuanYi Micro Hei (shipped in
 * the jar, see fonts/README.md), embedded as a subset so Chinese comes out as text.
 */
@Component
public class ContractPdfRenderer {

    private static final String FONT = "fonts/wqy-microhei.ttc";
    private static final float SEAL_FIELD = 110;

    private final ContractDocumentTemplate template;
    // loaded on first use: a hub that never renders (esign off) does not spend start-up time on 5 MB of font
    private volatile BaseFont font;

    public ContractPdfRenderer(ContractDocumentTemplate template) {
        this.template = template;
    }

    private BaseFont font() {
        BaseFont loaded = font;
        if (loaded == null) {
            synchronized (this) {
                if (font == null) {
                    font = loadFont();
                }
                loaded = font;
            }
        }
        return loaded;
    }

    /** @param sellerName the seller as esign knows it, when the template names none */
    public RenderedDocument render(ContractTerms terms, String sellerName) {
        BaseFont font = font();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 60);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(template.title() + " " + terms.contractNumber());
        document.open();
        Font title = new Font(font, 18, Font.BOLD);
        Font body = new Font(font, 10);
        Font small = new Font(font, 8);
        String seller = blank(template.seller().name()) ? sellerName : template.seller().name();

        Paragraph heading = new Paragraph(template.title(), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        document.add(heading);
        document.add(new Paragraph("合同编号：" + terms.contractNumber(), body));
        if (terms.contractDate() != null) {
            document.add(new Paragraph("签订日期：" + terms.contractDate(), body));
        }
        document.add(new Paragraph("甲方（买方）：" + terms.customer().name()
                + (blank(terms.customer().creditCode()) ? "" : "　统一社会信用代码：" + terms.customer().creditCode()), body));
        document.add(new Paragraph("乙方（卖方）：" + seller
                + (blank(template.seller().address()) ? "" : "　地址：" + template.seller().address())
                + (blank(template.seller().phone()) ? "" : "　电话：" + template.seller().phone()), body));
        document.add(new Paragraph("一、产品明细（币种：" + terms.currency() + "）", body));
        document.add(lines(terms, small));

        Totals totals = terms.totals();
        document.add(new Paragraph("合计：不含税金额 " + money(totals.net()) + "，税额 " + money(totals.tax())
                + "，含税总额 " + money(totals.gross()), body));
        document.add(new Paragraph("含税总额（大写）：人民币" + ChineseAmountInWords.of(totals.gross()), body));
        document.add(new Paragraph("二、付款方式：" + paymentTerms(terms.paymentTerms(), totals), body));
        document.add(new Paragraph("三、收款账户：" + bankAccount(terms.bankAccount()), body));
        int clause = 4;
        for (String text : template.clauses()) {
            document.add(new Paragraph(chineseOrdinal(clause++) + "、" + text, body));
        }
        if (writer.getVerticalPosition(true) < sealsTop() + 20) {
            // the seal fields need the bottom of the last page to themselves
            document.newPage();
            document.add(new Paragraph("（以下为签章页）", body));
        }
        int lastPage = writer.getPageNumber();
        sealFields(writer.getDirectContent(), font, terms.customer().name(), seller);
        document.close();
        return new RenderedDocument(out.toByteArray(), lastPage, terms.contractNumber() + ".pdf");
    }

    private PdfPTable lines(ContractTerms terms, Font font) {
        PdfPTable table = new PdfPTable(new float[] {2.5f, 4, 1.5f, 3, 1.5f, 3.5f, 3, 3.5f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        for (String header : new String[] {"产品编码", "产品名称", "数量", "单价(不含税)", "税率", "不含税金额", "税额", "含税金额"}) {
            table.addCell(cell(header, font, Element.ALIGN_CENTER));
        }
        for (ContractLine line : terms.lines()) {
            LineAmounts amounts = line.amounts();
            table.addCell(cell(line.productCode(), font, Element.ALIGN_LEFT));
            table.addCell(cell(line.description(), font, Element.ALIGN_LEFT));
            table.addCell(cell(line.quantity().stripTrailingZeros().toPlainString(), font, Element.ALIGN_RIGHT));
            table.addCell(cell(line.unitPriceExclTax().toPlainString(), font, Element.ALIGN_RIGHT));
            table.addCell(cell(percent(line.taxRate()), font, Element.ALIGN_RIGHT));
            table.addCell(cell(money(amounts.net()), font, Element.ALIGN_RIGHT));
            table.addCell(cell(money(amounts.tax()), font, Element.ALIGN_RIGHT));
            table.addCell(cell(money(amounts.gross()), font, Element.ALIGN_RIGHT));
        }
        return table;
    }

    /** A labelled box centred on each configured seal position: esign puts the seal there. */
    private void sealFields(PdfContentByte canvas, BaseFont font, String customer, String seller) {
        sealField(canvas, font, template.customerSeal(), "甲方（盖章）：" + customer);
        sealField(canvas, font, template.sellerSeal(), "乙方（盖章）：" + seller);
    }

    private float sealsTop() {
        return (float) Math.max(template.customerSeal().y(), template.sellerSeal().y()) + SEAL_FIELD / 2 + 20;
    }

    private static void sealField(PdfContentByte canvas, BaseFont font, ContractDocumentTemplate.Seal seal, String label) {
        float x = (float) seal.x() - SEAL_FIELD / 2;
        float y = (float) seal.y() - SEAL_FIELD / 2;
        canvas.saveState();
        canvas.setLineWidth(0.5f);
        canvas.setLineDash(3, 3);
        canvas.rectangle(x, y, SEAL_FIELD, SEAL_FIELD);
        canvas.stroke();
        canvas.restoreState();
        canvas.beginText();
        canvas.setFontAndSize(font, 9);
        canvas.setTextMatrix(x, y + SEAL_FIELD + 6);
        canvas.showText(label);
        canvas.endText();
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text == null ? "" : text, font)));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    private static String paymentTerms(PaymentTerms terms, Totals totals) {
        if (terms == null) {
            return "按双方另行约定。";
        }
        StringBuilder text = new StringBuilder();
        BigDecimal downPayment = terms.requiredDownPayment(totals);
        if (downPayment.signum() > 0) {
            text.append("合同签订后甲方支付预付款 ").append(money(downPayment));
            if (terms.downPaymentPercent() != null) {
                text.append("（含税总额的 ").append(terms.downPaymentPercent().stripTrailingZeros().toPlainString()).append("%）");
            }
            text.append("；");
        }
        if (terms.creditDays() != null) {
            text.append("余款于验收合格后 ").append(terms.creditDays()).append(" 天内付清。");
        } else {
            text.append("余款于验收合格后付清。");
        }
        return text.toString();
    }

    private String bankAccount(BankAccount account) {
        if (account != null && !blank(account.accountNumber())) {
            return account.bankName() + "，户名 " + account.accountName() + "，账号 " + account.accountNumber();
        }
        ContractDocumentTemplate.Bank bank = template.bankAccount();
        return blank(bank.accountNumber()) ? "以乙方书面通知为准"
                : bank.bankName() + "，户名 " + bank.accountName() + "，账号 " + bank.accountNumber();
    }

    static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return "¥" + format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    private static String percent(BigDecimal rate) {
        return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static String chineseOrdinal(int number) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (number < 10) {
            return digits[number];
        }
        return (number / 10 == 1 ? "" : digits[number / 10]) + "十" + digits[number % 10];
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static BaseFont loadFont() {
        try (InputStream in = ContractPdfRenderer.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("The contract font " + FONT + " is missing from the jar");
            }
            return BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FONT, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot load " + FONT, e);
        }
    }
}
