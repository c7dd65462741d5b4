package cn.kjj.platform.imports;

import cn.kjj.platform.enterprise.AnnualFigures;
import cn.kjj.platform.enterprise.AnnualFiguresService;
import cn.kjj.platform.enterprise.CreditCode;
import cn.kjj.platform.enterprise.YearFigures;
import cn.kjj.platform.imports.ImportLookups.EnterpriseRef;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/**
 * Enterprises' annual figures (issue 14), named by credit code and year. Each row is checked by
 * {@link AnnualFigures#validated()}; an enterprise outside the importer's region reads as unknown;
 * a credit code and year repeated in the file is an error. A year not yet entered is created, one
 * entered is revised, each with its audit event (the figures' history), as the API would.
 */
@Component
record AnnualFiguresImport(ImportLookups lookups, AnnualFiguresService figures, Clock clock)
        implements KindImport<AnnualFiguresImport.Line, YearFigures> {

    /** A row checked on its own; the enterprise is looked up with the others. */
    record Line(String creditCode, int year, AnnualFigures figures) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ANNUAL_FIGURES;
    }

    @Override
    public Line parse(ImportRow row, ImportScope scope) {
        String rawCode = row.text("creditCode");
        CreditCode code = rawCode == null ? null : row.check(() -> CreditCode.of(rawCode));
        if (rawCode == null) {
            row.error("creditCode", "error.field.required", "is required");
        }
        Integer year = row.integer("year");
        if (year == null && row.text("year") == null) {
            row.error("year", "error.field.required", "is required");
        }
        int thisYear = LocalDate.now(clock).getYear();
        if (year != null && (year < AnnualFiguresService.FIRST_YEAR || year > thisYear)) {
            row.error("year", "error.year.outOfRange", "must be between " + AnnualFiguresService.FIRST_YEAR
                    + " and " + thisYear);
        }
        String scale = row.text("aboveScale");
        Boolean aboveScale = scale == null ? null : switch (scale) {
            case "是", "yes", "true", "Y", "y" -> Boolean.TRUE;
            case "否", "no", "false", "N", "n" -> Boolean.FALSE;
            default -> {
                row.error("aboveScale", "error.import.yesNo", "must be 是 or 否");
                yield null;
            }
        };
        AnnualFigures entered = new AnnualFigures(row.decimal("revenue"), row.decimal("salesRevenue"),
                row.decimal("highTechIncome"), row.decimal("rdExpense"), row.decimal("rdExpenseDomestic"),
                row.integer("staff"), row.integer("techStaff"), row.integer("inventionPatents"),
                row.integer("otherIp"), row.decimal("profit"), row.decimal("taxPaid"), row.decimal("assets"),
                aboveScale);
        AnnualFigures checked = row.hasErrors() ? null : row.check(entered::validated);
        if (code == null || year == null || checked == null || row.hasErrors()) {
            return null;
        }
        return new Line(code.value(), year, checked);
    }

    @Override
    public List<YearFigures> resolve(List<Parsed<Line>> rows, ImportScope scope) {
        Map<String, EnterpriseRef> enterprises = lookups.enterprisesByCreditCode(
                rows.stream().map(p -> p.value().creditCode()).distinct().toList());
        Map<String, Integer> firstLine = new HashMap<>();
        List<YearFigures> result = new ArrayList<>(rows.size());
        for (Parsed<Line> parsed : rows) {
            Line line = parsed.value();
            EnterpriseRef enterprise = enterprises.get(line.creditCode());
            // an enterprise outside the importer's region reads as unknown: its existence is not revealed
            if (enterprise == null || !scope.covers(enterprise.regionCode())) {
                parsed.row().error("creditCode", "error.import.enterpriseNotFound",
                        "names no registered enterprise in your region");
                continue;
            }
            parsed.firstOf(firstLine, line.creditCode() + "/" + line.year(), "year");
            result.add(new YearFigures(enterprise.id(), enterprise.regionCode(), line.year(), line.figures()));
        }
        return result;
    }

    @Override
    public WriteCounts write(List<YearFigures> rows, ImportScope scope, IntConsumer progress) {
        int[] counts = figures.recordAll(rows);
        progress.accept(rows.size());
        return new WriteCounts(counts[0], counts[1]);
    }
}
