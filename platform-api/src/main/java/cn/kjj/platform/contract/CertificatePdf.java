package cn.kjj.platform.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The registration certificate of a technology contract (技术合同登记证明) as a one-page A4 PDF,
 * in Chinese, with Noto Sans SC embedded as a subset (ADR 0010).
 *
 * <p>Thread-safe: the font file is read from the classpath once and kept as bytes; each document
 * parses its own font object, since PDFBox fonts must not be shared between documents.
 */
@Component
public final class CertificatePdf {

    /** The only font weight the build copies out of {@code ph-fonts-noto-sans-sc} (see the pom). */
    static final String FONT_RESOURCE = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    public static final String CREATOR = "区科技局业务平台";
    static final String TITLE = "技术合同登记证明";

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String MISSING = "—";

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float OUTER_BORDER = 28;
    private static final float INNER_BORDER = 34;
    private static final float LEFT = 66;
    private static final float RIGHT = PAGE.getWidth() - 66;
    private static final float LABEL_WIDTH = 100;
    private static final float LABEL_PADDING = 14;
    private static final float VALUE_PADDING = 10;
    private static final float TABLE_TOP = PAGE.getHeight() - 206;
    private static final float FOOTER_SIZE = 9;
    private static final float FOOTER_BASELINE = INNER_BORDER + 20;
    private static final float CLOSING_SIZE = 12;
    private static final float CLOSING_LEADING = CLOSING_SIZE * 1.5f;
    private static final float MAX_TABLE_SIZE = 12;
    private static final float MIN_TABLE_SIZE = 7;

    private static final float[] RED = {0.62f, 0.08f, 0.08f};
    private static final float[] BLACK = {0, 0, 0};
    private static final float[] GREY = {0.35f, 0.35f, 0.35f};
    private static final float LABEL_SHADE = 0.95f;
    private static final float RULE_GREY = 0.45f;

    private final Clock clock;

    public CertificatePdf(Clock clock) {
        this.clock = clock;
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
        try (PDDocument document = new PDDocument()) {
            // the buffer wraps the cached bytes without copying them; true: subset, false: horizontal;
            // the parsed font is closed with the document
            PDType0Font font = PDType0Font.load(document, new RandomAccessReadBuffer(FontBytes.get()), true, false);
            describe(document, contract, registeringOfficeName);
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new Layout(new CertificateCanvas(content, font, PAGE), contract, registeringOfficeName).draw();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the certificate of " + contract.registrationNo(), e);
        }
    }

    private void describe(PDDocument document, ContractView contract, String office) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(TITLE + " " + contract.registrationNo());
        info.setCreator(CREATOR);
        info.setProducer("Apache PDFBox");
        if (office != null && !office.isBlank()) {
            info.setAuthor(office.strip());
        }
        info.setCreationDate(GregorianCalendar.from(ZonedDateTime.now(clock).withZoneSameInstant(CHINA)));
    }

    /** {@code 2023年6月30日}. */
    static String chineseDate(LocalDate date) {
        return date == null ? MISSING
                : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String orMissing(String text) {
        return text == null || text.isBlank() ? MISSING : text;
    }

    /** The certificate's content, placed on the page. */
    private static final class Layout {

        private final CertificateCanvas canvas;
        private final ContractView contract;
        private final String office;

        Layout(CertificateCanvas canvas, ContractView contract, String office) {
            this.canvas = canvas;
            this.contract = contract;
            this.office = orMissing(office);
        }

        void draw() throws IOException {
            borders();
            float height = PAGE.getHeight();
            canvas.color(RED);
            canvas.centredSpaced(TITLE, height - 112, 28, 7, true);
            canvas.rule(PAGE.getWidth() / 2 - 150, PAGE.getWidth() / 2 + 150, height - 128, 0.8f);
            canvas.rule(PAGE.getWidth() / 2 - 150, PAGE.getWidth() / 2 + 150, height - 131.5f, 0.4f);
            canvas.color(BLACK);
            canvas.centred("登记编号：" + contract.registrationNo(), height - 162, 15, true);
            canvas.text("经审查认定，下列合同为技术合同，予以登记。", LEFT + 22, TABLE_TOP + 14, 11.5f);

            float bottom = table();
            closing(bottom);
            footer();
        }

        private void borders() throws IOException {
            canvas.strokeColor(RED);
            canvas.frame(OUTER_BORDER, 2.2f);
            canvas.frame(INNER_BORDER, 0.7f);
        }

        private List<Row> rows() {
            Buyer buyer = contract.buyer();
            List<String> buyerLines = new ArrayList<>();
            buyerLines.add(orMissing(buyer == null ? null : buyer.name()));
            if (buyer != null && buyer.creditCode() != null && !buyer.creditCode().isBlank()) {
                buyerLines.add("统一社会信用代码：" + buyer.creditCode());
            } else if (buyer != null && !buyer.isDomestic()) {
                buyerLines.add("境外（国家或地区：" + buyer.country() + "）");
            }
            String type = contract.type() == null ? MISSING : contract.type().nameZh();
            if (contract.subtype() != null) {
                type += "（" + contract.subtype().nameZh() + "）";
            }
            return List.of(
                    new Row("合同名称", orMissing(contract.title())),
                    new Row("合同类型", type),
                    new Row("技术领域", contract.technologyField() == null ? MISSING
                            : contract.technologyField().nameZh()),
                    new Row("卖方", orMissing(contract.sellerName())),
                    new Row("买方", buyerLines.toArray(String[]::new)),
                    new Row("签订日期", chineseDate(contract.signedOn())),
                    new Row("有效期限", chineseDate(contract.validFrom()) + " 至 " + chineseDate(contract.validTo())),
                    amountRow("合同成交额", contract.contractAmount()),
                    amountRow("技术交易额", contract.techTransactionAmount()),
                    new Row("登记日期", chineseDate(contract.registeredOn())),
                    new Row("登记机构", office));
        }

        /** In figures, and in words as on a cheque. */
        private static Row amountRow(String label, BigDecimal amount) {
            if (amount == null) {
                return new Row(label, MISSING);
            }
            return new Row(label, CertificateAmounts.formatYuan(amount),
                    "大写：人民币" + CertificateAmounts.toChineseUppercase(amount));
        }

        /** Draws the table of particulars; returns its bottom edge. */
        private float table() throws IOException {
            List<Row> rows = rows();
            Sized sized = fitted(rows);
            float top = TABLE_TOP;
            for (int i = 0; i < rows.size(); i++) {
                top = row(rows.get(i).label, sized.lines.get(i), sized.size, top, i == 0);
            }
            canvas.strokeGrey(0.15f);
            canvas.rectangle(LEFT, top, RIGHT - LEFT, TABLE_TOP - top, 1.1f);
            canvas.line(LEFT + LABEL_WIDTH, top, LEFT + LABEL_WIDTH, TABLE_TOP, 0.5f);
            return top;
        }

        /** The largest type that fits above the closing; at the smallest, cells cut to fewer lines. */
        private Sized fitted(List<Row> rows) throws IOException {
            float available = TABLE_TOP - (FOOTER_BASELINE + 16 + closingHeight());
            float valueWidth = RIGHT - LEFT - LABEL_WIDTH - 2 * VALUE_PADDING;
            for (float size = MAX_TABLE_SIZE; size >= MIN_TABLE_SIZE; size -= 0.5f) {
                Sized sized = fit(rows, size, valueWidth, Integer.MAX_VALUE, available);
                if (sized != null) {
                    return sized;
                }
            }
            for (int maxLines = 12; maxLines > 1; maxLines--) {
                Sized sized = fit(rows, MIN_TABLE_SIZE, valueWidth, maxLines, available);
                if (sized != null) {
                    return sized;
                }
            }
            return fit(rows, MIN_TABLE_SIZE, valueWidth, 1, Float.MAX_VALUE);
        }

        /** One row: the label spread over a shaded cell, the value lines beside it; returns its bottom. */
        private float row(String label, List<String> lines, float size, float top, boolean first) throws IOException {
            float leading = leading(size);
            float padding = padding(size);
            float height = lines.size() * leading + 2 * padding;
            canvas.fill(LEFT, top - height, LABEL_WIDTH, height, LABEL_SHADE);
            canvas.color(BLACK);
            // the optical middle of a CJK glyph is about 0.36 em above its baseline
            canvas.distributed(label, LEFT + LABEL_PADDING, top - height / 2 - size * 0.36f, size,
                    LABEL_WIDTH - 2 * LABEL_PADDING);
            float baseline = top - padding - (leading - size) / 2 - size * 0.86f;
            for (String line : lines) {
                canvas.text(line, LEFT + LABEL_WIDTH + VALUE_PADDING, baseline, size);
                baseline -= leading;
            }
            if (!first) {
                canvas.strokeGrey(RULE_GREY);
                canvas.line(LEFT, top, RIGHT, top, 0.5f);
            }
            return top - height;
        }

        private Sized fit(List<Row> rows, float size, float width, int maxLines, float available) throws IOException {
            float leading = leading(size);
            float padding = padding(size);
            float total = 0;
            List<List<String>> all = new ArrayList<>();
            for (Row row : rows) {
                List<String> lines = new ArrayList<>();
                for (String value : row.values) {
                    lines.addAll(canvas.wrap(value, size, width));
                }
                if (lines.size() > maxLines) {
                    lines = new ArrayList<>(lines.subList(0, maxLines));
                    lines.set(maxLines - 1, canvas.ellipsize(lines.get(maxLines - 1), size, width));
                }
                all.add(lines);
                total += lines.size() * leading + 2 * padding;
            }
            return total <= available ? new Sized(size, all) : null;
        }

        private static float leading(float size) {
            return size * 1.45f;
        }

        private static float padding(float size) {
            return size * 0.72f;
        }

        /** Below the table: 特此证明, a gap, the office and the date, and air above the footer. */
        private float closingHeight() throws IOException {
            return 62 + closingLines().size() * CLOSING_LEADING + 30;
        }

        private List<String> closingLines() throws IOException {
            return canvas.wrap(office, CLOSING_SIZE, RIGHT - LEFT - 40);
        }

        /** 特此证明, then the office and the date flush right, as above a seal. */
        private void closing(float tableBottom) throws IOException {
            canvas.color(BLACK);
            canvas.text("特此证明。", LEFT + 22, tableBottom - 28, CLOSING_SIZE);
            float baseline = tableBottom - 62;
            for (String line : closingLines()) {
                canvas.flushRight(line, RIGHT - 20, baseline, CLOSING_SIZE);
                baseline -= CLOSING_LEADING;
            }
            canvas.flushRight(chineseDate(contract.registeredOn()), RIGHT - 20, baseline, CLOSING_SIZE);
        }

        private void footer() throws IOException {
            canvas.strokeGrey(0.6f);
            canvas.line(LEFT, FOOTER_BASELINE + 16, RIGHT, FOOTER_BASELINE + 16, 0.4f);
            canvas.color(GREY);
            String text = "本证明可凭登记编号（" + contract.registrationNo() + "）在" + CREATOR + "查询核验。";
            List<String> lines = canvas.wrap(text, FOOTER_SIZE, RIGHT - LEFT);
            float baseline = FOOTER_BASELINE + (lines.size() - 1) * FOOTER_SIZE * 1.4f;
            for (String line : lines) {
                canvas.centred(line, baseline, FOOTER_SIZE, false);
                baseline -= FOOTER_SIZE * 1.4f;
            }
        }
    }

    private record Row(String label, String... values) {
    }

    private record Sized(float size, List<List<String>> lines) {
    }

    /**
     * Noto Sans SC as a subset font of {@code document} (closed with it), for other PDFs of the
     * platform (the annual report): one parsed font per document, never shared.
     */
    public static PDType0Font loadFont(PDDocument document) throws java.io.IOException {
        return PDType0Font.load(document, new RandomAccessReadBuffer(FontBytes.get()), true, false);
    }

    /** The font file, read from the classpath on first use and kept. */
    private static final class FontBytes {

        private static volatile byte[] bytes;

        static byte[] get() {
            byte[] loaded = bytes;
            if (loaded == null) {
                synchronized (FontBytes.class) {
                    loaded = bytes;
                    if (loaded == null) {
                        loaded = read();
                        bytes = loaded;
                    }
                }
            }
            return loaded;
        }

        private static byte[] read() {
            try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(FONT_RESOURCE + " is not on the classpath: the build unpacks it"
                            + " from com.helger.font:ph-fonts-noto-sans-sc (see platform-api/pom.xml)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + FONT_RESOURCE, e);
            }
        }
    }
}
