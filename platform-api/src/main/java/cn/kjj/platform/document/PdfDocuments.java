package cn.kjj.platform.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import cn.kjj.platform.common.ClockConfiguration;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Documents as PDF (ADR 0029): a Thymeleaf template of {@code templates/documents/} and its model
 * become XHTML, which openhtmltopdf lays out on A4 pages in the one font Noto Sans SC (embedded as
 * a subset, so Chinese shows on any reader). The templates take their labels from the application's
 * messages, like the portal's pages, and the print style sheet {@code static/css/documents.css} is
 * the one the portal prints with. Thread-safe: each call builds its own PDF.
 */
@Component
public class PdfDocuments {

    /** Who made every document (the PDF's Creator). */
    public static final String CREATOR = "区科技局业务平台";
    static final String STYLE_SHEET = "static/css/documents.css";
    private static final String PRODUCER = "openhtmltopdf, Apache PDFBox";

    static {
        // openhtmltopdf reports each step at INFO (font loading, "prepare to fly"): only problems matter here
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final Clock clock;
    private final String styleSheet;

    public PdfDocuments(MessageSource messages, Clock clock) {
        this.clock = clock;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfDocuments.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        templates.setTemplateResolver(resolver);
        templates.setTemplateEngineMessageSource(messages);
        styleSheet = resource(STYLE_SHEET);
    }

    /** What the PDF's document information says besides its creator and creation date. */
    public record Info(String title, String author) {
    }

    /** The template {@code templates/NAME.html} with this model, as a PDF. */
    public byte[] render(String template, Map<String, Object> model, Locale locale, Info info) {
        try (PdfBoxRenderer renderer = laidOut(html(template, model, locale))) {
            return write(renderer, info);
        }
    }

    /**
     * The first rendering that fits on one page, trying the model's {@code variable} at each of the
     * {@code values} in turn (a type size, largest first); the last one if none fits. Only the pages
     * are laid out for a try; the PDF is written once.
     */
    public byte[] renderOnOnePage(String template, Map<String, Object> model, Locale locale, Info info,
                                  String variable, List<?> values) {
        Map<String, Object> tried = new HashMap<>(model);
        for (int i = 0; i < values.size(); i++) {
            tried.put(variable, values.get(i));
            try (PdfBoxRenderer renderer = laidOut(html(template, tried, locale))) {
                if (renderer.getRootBox().getLayer().getPages().size() == 1 || i == values.size() - 1) {
                    return write(renderer, info);
                }
            }
        }
        throw new IllegalArgumentException("no value of " + variable + " to try");
    }

    private String html(String template, Map<String, Object> model, Locale locale) {
        Context context = new Context(locale, model);
        context.setVariable("documentStyle", styleSheet);
        return NotoSansSc.get().shown(templates.process(template, context));
    }

    /** The XHTML on pages: the font is parsed for each document, since PDFBox fonts must not be shared. */
    private static PdfBoxRenderer laidOut(String xhtml) {
        byte[] font = NotoSansSc.get().bytes();
        PdfBoxRenderer renderer = new PdfRendererBuilder()
                .useFastMode()
                .useFont(() -> new ByteArrayInputStream(font), NotoSansSc.FAMILY, 400, FontStyle.NORMAL, true)
                .withHtmlContent(xhtml, null)
                .withProducer(PRODUCER)
                .buildPdfRenderer();
        renderer.layout();
        return renderer;
    }

    private byte[] write(PdfBoxRenderer renderer, Info info) {
        try {
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            describe(document.getDocumentInformation(), info);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF " + info.title(), e);
        }
    }

    private void describe(PDDocumentInformation pdf, Info info) {
        pdf.setTitle(info.title());
        pdf.setCreator(CREATOR);
        if (info.author() != null && !info.author().isBlank()) {
            pdf.setAuthor(info.author().strip());
        }
        pdf.setCreationDate(GregorianCalendar.from(ZonedDateTime.now(clock).withZoneSameInstant(ClockConfiguration.BUREAU_ZONE)));
    }

    private static String resource(String name) {
        try (InputStream in = PdfDocuments.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
    }
}
