package cn.kjj.platform.report;

import cn.kjj.platform.contract.CertificatePdf;
import cn.kjj.platform.report.ReportValue.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;

/**
 * The annual report as an A4 PDF in the reader's language (decision 0018): title, the generated
 * sentences, bar charts of high-tech stock and turnover, and the tables of figures. Drawn with
 * PDFBox and the embedded Noto Sans SC of the contract certificate (decision 0010); no browser.
 */
@Component
public class AnnualReportPdf {

    private final ReportText text;
    private final Clock clock;

    AnnualReportPdf(ReportText text, Clock clock) {
        this.text = text;
        this.clock = clock;
    }

    public byte[] render(AnnualReport report, Locale locale) {
        try (PDDocument document = new PDDocument()) {
            String title = title(report, locale);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator(CertificatePdf.CREATOR);
            try (ReportPdfFlow flow = new ReportPdfFlow(document, CertificatePdf.loadFont(document))) {
                draw(flow, report, title, locale);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the annual report", e);
        }
    }

    public String title(AnnualReport report, Locale locale) {
        return text.label("report.title", locale, report.region().displayName(locale),
                String.valueOf(report.year()));
    }

    private void draw(ReportPdfFlow flow, AnnualReport report, String title, Locale locale) throws IOException {
        flow.title(title, 18);
        flow.note(text.label("report.generated", locale, LocalDate.now(clock)));
        flow.heading(label("report.section.summary", locale));
        if (report.empty()) {
            flow.paragraph(label("report.empty", locale), 11, "");
        }
        for (String sentence : text.sentences(report, locale)) {
            flow.paragraph(sentence, 11, "•");
        }
        List<YearFigures> years = report.years();
        List<String> labels = years.stream().map(y -> String.valueOf(y.year())).toList();
        flow.heading(label("report.section.highTech", locale));
        List<BigDecimal> stock = years.stream().map(y -> BigDecimal.valueOf(y.highTechStock())).toList();
        flow.bars(label("report.chart.highTech", locale), labels, stock, stock.stream().map(v -> count(v, locale)).toList());
        flow.table(labels(locale, "year", "stock", "new", "renewed", "expired", "revoked"), rows(years, y -> List.of(
                String.valueOf(y.year()), count(y.highTechStock(), locale), count(y.newlyCertified(), locale),
                count(y.renewed(), locale), count(y.expired(), locale), count(y.revoked(), locale))));
        flow.heading(label("report.section.rd", locale));
        flow.table(labels(locale, "year", "intensity", "rdExpenditure", "gdp"), rows(years, y -> List.of(
                String.valueOf(y.year()), value(Kind.RATIO, y.rdIntensity(), locale),
                value(Kind.MONEY, y.rdExpenditure(), locale), value(Kind.MONEY, y.gdp(), locale))));
        flow.heading(label("report.section.turnover", locale));
        List<BigDecimal> output = years.stream().map(YearFigures::output).toList();
        flow.bars(label("report.chart.turnover", locale), labels, output,
                output.stream().map(v -> value(Kind.MONEY, v, locale)).toList());
        flow.table(labels(locale, "year", "output", "outputCount", "absorption", "absorptionCount"), rows(years,
                y -> List.of(String.valueOf(y.year()), value(Kind.MONEY, y.output(), locale),
                        count(y.outputCount(), locale), value(Kind.MONEY, y.absorption(), locale),
                        count(y.absorptionCount(), locale))));
        flow.heading(label("report.section.platforms", locale));
        List<List<String>> levels = new ArrayList<>();
        for (AnnualReport.LevelRow l : report.levels()) {
            levels.add(List.of(l.level().displayName(locale), count(l.incubatorsBefore(), locale),
                    count(l.incubators(), locale), count(l.labsBefore(), locale), count(l.labs(), locale)));
        }
        String before = String.valueOf(report.year() - 1);
        String now = String.valueOf(report.year());
        flow.table(List.of(label("report.col.level", locale), label("report.col.incubators", locale) + " " + before,
                label("report.col.incubators", locale) + " " + now, label("report.col.labs", locale) + " " + before,
                label("report.col.labs", locale) + " " + now), levels);
        flow.heading(label("report.section.funding", locale));
        flow.table(labels(locale, "year", "programs", "budget", "awarded"), rows(years, y -> List.of(
                String.valueOf(y.year()), count(y.programs(), locale), value(Kind.MONEY, y.programBudget(), locale),
                value(Kind.MONEY, y.programAwarded(), locale))));
    }

    private List<String> labels(Locale locale, String... columns) {
        List<String> list = new ArrayList<>();
        for (String c : columns) {
            list.add(label("report.col." + c, locale));
        }
        return list;
    }

    private static List<List<String>> rows(List<YearFigures> years, Function<YearFigures, List<String>> row) {
        return years.stream().map(row).toList();
    }

    private String label(String key, Locale locale) {
        return text.label(key, locale);
    }

    private String count(long n, Locale locale) {
        return value(Kind.COUNT, BigDecimal.valueOf(n), locale);
    }

    private String count(BigDecimal n, Locale locale) {
        return value(Kind.COUNT, n, locale);
    }

    private String value(Kind kind, BigDecimal n, Locale locale) {
        return text.format(ReportValue.of(kind, n), locale);
    }
}
