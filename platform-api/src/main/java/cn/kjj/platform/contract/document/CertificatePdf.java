package cn.kjj.platform.contract.document;

import cn.kjj.platform.document.PdfDocuments;
import cn.kjj.platform.document.QrCodes;
import cn.kjj.platform.contract.Buyer;
import cn.kjj.platform.contract.ContractView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.stereotype.Component;

/**
 * The registration certificate of a technology contract (技术合同登记证明): one A4 page in Chinese
 * from {@code templates/documents/certificate.html} (ADR 0029). Long names make the table's type
 * smaller, from 12 pt down to 7 pt, so that the certificate stays one page. A QR code leads to the
 * contract's public verification page (ADR 0033).
 */
@Component
public final class CertificatePdf {

    static final String TITLE = "技术合同登记证明";
    private static final String TEMPLATE = "documents/certificate";
    private static final String MISSING = "—";
    private static final List<Double> TYPE_SIZES = List.of(12.0, 11.0, 10.0, 9.0, 8.0, 7.0);
    /** The width of a label cell's text, in points (certificate.html: 100 pt less 2 × 14 pt padding). */
    private static final double LABEL_WIDTH = 72;

    private final PdfDocuments documents;
    /** Null only for the layout tests without Spring: then the certificate has no QR code. */
    private final VerificationLink link;

    @Autowired
    public CertificatePdf(PdfDocuments documents, VerificationLink link) {
        this.documents = documents;
        this.link = link;
    }

    /**
     * Without Spring and without a QR code (there is no verification page to lead to): the
     * certificate needs no messages, only the clock of its creation date.
     */
    public CertificatePdf(Clock clock) {
        this(new PdfDocuments(new StaticMessageSource(), clock), null);
    }

    /** The address a certificate's QR code carries: its contract's public verification page. */
    @FunctionalInterface
    public interface VerificationLink {
        String of(ContractView contract);
    }

    /**
     * The certificate of a registered contract.
     *
     * @param registeringOfficeName the office that registered it (登记机构), e.g. 江门市江海区科学技术局
     * @throws IllegalStateException if the contract has no registration number (is not registered)
     */
    public byte[] render(ContractView contract, String registeringOfficeName) {
        if (contract.registrationNo() == null || contract.registrationNo().isBlank()) {
            throw new IllegalStateException("contract " + contract.id()
                    + " has no registration number: only a registered contract has a certificate");
        }
        String office = orMissing(registeringOfficeName);
        Map<String, Object> model = new HashMap<>(Map.of("c", contract, "rows", rows(contract, office),
                "office", office, "registeredOn", chineseDate(contract.registeredOn()), "creator", PdfDocuments.CREATOR));
        if (link != null) {
            String url = link.of(contract);
            model.put("verifyUrl", url);
            model.put("qr", QrCodes.pngDataUri(url));
        }
        return documents.renderOnOnePage(TEMPLATE, model, Locale.SIMPLIFIED_CHINESE,
                new PdfDocuments.Info(TITLE + " " + contract.registrationNo(), registeringOfficeName), "size", TYPE_SIZES);
    }

    /** One row of particulars: its label spread over the cell (分散对齐), its value in one or more lines. */
    public record Row(String label, List<String> lines) {

        /** The letter spacing, in points, that spreads the label over its cell at this type size. */
        public String spacing(double size) {
            int count = label.codePointCount(0, label.length());
            double spacing = count < 2 ? 0 : Math.max(0, (LABEL_WIDTH - count * size) / (count - 1));
            return String.format(Locale.ROOT, "%.2f", spacing);
        }
    }

    private static List<Row> rows(ContractView contract, String office) {
        String type = contract.type() == null ? MISSING : contract.type().nameZh();
        if (contract.subtype() != null) {
            type += "（" + contract.subtype().nameZh() + "）";
        }
        return List.of(
                new Row("合同名称", List.of(orMissing(contract.title()))),
                new Row("合同类型", List.of(type)),
                new Row("技术领域", List.of(contract.technologyField() == null ? MISSING
                        : contract.technologyField().nameZh())),
                // registered by its buyer (decision 0036), the seller is the one abroad
                new Row("卖方", List.of(orMissing(contract.seller() != null ? contract.seller().name()
                        : contract.sellerName()))),
                new Row("买方", buyer(contract.buyer())),
                new Row("签订日期", List.of(chineseDate(contract.signedOn()))),
                new Row("有效期限", List.of(chineseDate(contract.validFrom()) + " 至 " + chineseDate(contract.validTo()))),
                amount("合同成交额", contract.contractAmount()),
                amount("技术交易额", contract.techTransactionAmount()),
                new Row("登记日期", List.of(chineseDate(contract.registeredOn()))),
                new Row("登记机构", List.of(office)));
    }

    private static List<String> buyer(Buyer buyer) {
        List<String> lines = new ArrayList<>();
        lines.add(orMissing(buyer == null ? null : buyer.name()));
        if (buyer != null && buyer.creditCode() != null && !buyer.creditCode().isBlank()) {
            lines.add("统一社会信用代码：" + buyer.creditCode());
        } else if (buyer != null && !buyer.isDomestic()) {
            lines.add("境外（国家或地区：" + buyer.country() + "）");
        }
        return lines;
    }

    /** In figures, and in words as on a cheque. */
    private static Row amount(String label, BigDecimal amount) {
        if (amount == null) {
            return new Row(label, List.of(MISSING));
        }
        return new Row(label, List.of(CertificateAmounts.formatYuan(amount),
                "大写：人民币" + CertificateAmounts.toChineseUppercase(amount)));
    }

    /** {@code 2023年6月30日}. */
    static String chineseDate(LocalDate date) {
        return date == null ? MISSING
                : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String orMissing(String text) {
        return text == null || text.isBlank() ? MISSING : text.strip();
    }
}
