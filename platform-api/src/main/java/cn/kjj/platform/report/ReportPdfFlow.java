package cn.kjj.platform.report;

import cn.kjj.platform.contract.CertificateCanvas;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text, tables and bar charts flowing down A4 pages: a new page starts whenever the next block
 * would not fit. Drawn with PDFBox primitives through {@link CertificateCanvas} (one font).
 */
final class ReportPdfFlow implements AutoCloseable {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float LEFT = 50;
    static final float RIGHT = PAGE.getWidth() - 50;
    private static final float TOP = PAGE.getHeight() - 50;
    private static final float BOTTOM = 50;
    private static final float[] BLACK = {0, 0, 0};
    private static final float[] GREY = {0.4f, 0.4f, 0.4f};
    private static final float[] BAR = {0.11f, 0.37f, 0.64f};

    private final PDDocument document;
    private final PDType0Font font;
    private PDPageContentStream content;
    private CertificateCanvas canvas;
    private float y;

    ReportPdfFlow(PDDocument document, PDType0Font font) throws IOException {
        this.document = document;
        this.font = font;
        newPage();
    }

    private void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        canvas = new CertificateCanvas(content, font, PAGE);
        canvas.color(BLACK);
        y = TOP;
    }

    private void ensure(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void title(String text, float size) throws IOException {
        ensure(size * 2);
        y -= size;
        canvas.centred(text, y, size, true);
        y -= size * 0.8f;
    }

    void note(String text) throws IOException {
        canvas.color(GREY);
        paragraph(text, 9, "");
        canvas.color(BLACK);
    }

    void heading(String text) throws IOException {
        ensure(40);
        y -= 18;
        canvas.text(text, LEFT, y, 13);
        y -= 5;
        canvas.strokeGrey(0.6f);
        canvas.rule(LEFT, RIGHT, y, 0.6f);
        y -= 6;
    }

    /** A wrapped paragraph, its first line after {@code bullet}. */
    void paragraph(String text, float size, String bullet) throws IOException {
        float indent = bullet.isEmpty() ? 0 : canvas.width(bullet, size) + 2;
        List<String> lines = canvas.wrap(text, size, RIGHT - LEFT - indent);
        ensure(lines.size() * size * 1.5f);
        for (int i = 0; i < lines.size(); i++) {
            y -= size * 1.5f;
            if (i == 0 && !bullet.isEmpty()) {
                canvas.text(bullet, LEFT, y, size);
            }
            canvas.text(lines.get(i), LEFT + indent, y, size);
        }
        y -= size * 0.4f;
    }

    /** A table: the header row, then rows; the first column flush left, the others flush right. */
    void table(List<String> header, List<List<String>> rows) throws IOException {
        float size = 9;
        float row = size * 1.9f;
        float width = (RIGHT - LEFT) / header.size();
        ensure(row * (rows.size() + 1) + 6);
        y -= 4;
        canvas.fill(LEFT, y - row, RIGHT - LEFT, row, 0.93f);
        canvas.color(BLACK);
        cells(header, width, size, row);
        for (List<String> r : rows) {
            cells(r, width, size, row);
            canvas.strokeGrey(0.8f);
            canvas.rule(LEFT, RIGHT, y, 0.4f);
        }
        y -= 6;
    }

    private void cells(List<String> cells, float width, float size, float row) throws IOException {
        y -= row;
        float baseline = y + row * 0.32f;
        for (int i = 0; i < cells.size(); i++) {
            String text = fit(cells.get(i), size, width - 6);
            if (i == 0) {
                canvas.text(text, LEFT + 3, baseline, size);
            } else {
                canvas.flushRight(text, LEFT + width * (i + 1) - 3, baseline, size);
            }
        }
    }

    private String fit(String text, float size, float width) throws IOException {
        String clean = canvas.clean(text);
        return canvas.width(clean, size) <= width ? clean : canvas.ellipsize(clean, size, width);
    }

    /** A bar chart: one bar per label, its value written above it; a caption above the chart. */
    void bars(String caption, List<String> labels, List<BigDecimal> values, List<String> texts) throws IOException {
        float height = 120;
        ensure(height + 50);
        y -= 16;
        canvas.text(caption, LEFT, y, 10);
        y -= 14;
        float base = y - height;
        BigDecimal max = values.stream().filter(v -> v != null).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        float slot = (RIGHT - LEFT) / Math.max(1, labels.size());
        for (int i = 0; i < labels.size(); i++) {
            BigDecimal v = values.get(i);
            float h = max.signum() <= 0 || v == null ? 0 : v.floatValue() / max.floatValue() * (height - 16);
            float x = LEFT + slot * i + slot * 0.25f;
            if (h > 0) {
                canvas.fill(x, base, slot * 0.5f, h, BAR);
            }
            canvas.color(BLACK);
            canvas.centredIn(fit(texts.get(i), 8, slot), x + slot * 0.25f, base + h + 3, 8);
            canvas.centredIn(labels.get(i), x + slot * 0.25f, base - 11, 8);
        }
        canvas.strokeGrey(0.3f);
        canvas.rule(LEFT, RIGHT, base, 0.6f);
        y = base - 20;
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
