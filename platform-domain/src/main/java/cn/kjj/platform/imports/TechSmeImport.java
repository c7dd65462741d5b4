package cn.kjj.platform.imports;

import cn.kjj.platform.enterprise.CreditCode;
import cn.kjj.platform.imports.ImportLookups.EnterpriseRef;
import cn.kjj.platform.sme.TechSmeDetails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/**
 * Technology SME registrations of registered enterprises, named by credit code. A row is checked by
 * {@link TechSmeDetails}' own rules; an enterprise registered for the year already, or a number held
 * that year (in the file or in the registry), is an error of its line.
 */
@Component
record TechSmeImport(ImportLookups lookups, ImportWriter writer) implements KindImport<TechSmeImport.Line, TechSmeDetails> {

    /** A row checked on its own; the enterprise is looked up with the others. */
    record Line(String creditCode, TechSmeDetails details) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.TECH_SMES;
    }

    @Override
    public Line parse(ImportRow row, ImportScope scope) {
        String rawCode = row.text("creditCode");
        CreditCode code = rawCode == null ? null : row.check(() -> CreditCode.of(rawCode));
        if (rawCode == null) {
            row.error("creditCode", "error.field.required", "is required");
        }
        // enterprise id 0 stands in until resolve(): the details check themselves
        TechSmeDetails entered = new TechSmeDetails(0L, row.integer("year"), row.text("registrationNo"),
                row.decimal("score"), null);
        TechSmeDetails details = row.check(entered::validated);
        if (code == null || details == null || row.hasErrors()) {
            return null;
        }
        return new Line(code.value(), details);
    }

    @Override
    public List<TechSmeDetails> resolve(List<Parsed<Line>> rows, ImportScope scope) {
        Map<String, EnterpriseRef> enterprises = lookups.enterprisesByCreditCode(
                rows.stream().map(p -> p.value().creditCode()).distinct().toList());
        Set<String> registeredYears = lookups.techSmeYears(enterprises.values().stream().map(EnterpriseRef::id).toList());
        Set<String> heldNumbers = lookups.techSmeNumbers(
                rows.stream().map(p -> p.value().details().registrationNo()).distinct().toList());
        Map<String, Integer> firstYear = new HashMap<>();
        Map<String, Integer> firstNumber = new HashMap<>();
        List<TechSmeDetails> result = new ArrayList<>(rows.size());
        for (Parsed<Line> parsed : rows) {
            TechSmeDetails d = parsed.value().details();
            EnterpriseRef enterprise = enterprises.get(parsed.value().creditCode());
            // an enterprise outside the importer's region reads as unknown: its existence is not revealed
            if (enterprise == null || !scope.covers(enterprise.regionCode())) {
                parsed.row().error("creditCode", "error.import.enterpriseNotFound",
                        "names no registered enterprise in your region");
                continue;
            }
            String year = enterprise.id() + "/" + d.year();
            if (parsed.firstOf(firstYear, year, "year") && registeredYears.contains(year)) {
                parsed.row().error("year", "error.techSme.duplicate", "is already a technology SME of {0}", d.year());
            }
            String number = d.year() + "/" + d.registrationNo();
            if (parsed.firstOf(firstNumber, number, "registrationNo") && heldNumbers.contains(number)) {
                parsed.row().error("registrationNo", "error.techSme.numberTaken", "is already held that year");
            }
            result.add(new TechSmeDetails(enterprise.id(), d.year(), d.registrationNo(), d.score(),
                    enterprise.regionCode()));
        }
        return result;
    }

    @Override
    public WriteCounts write(List<TechSmeDetails> rows, ImportScope scope, IntConsumer progress) {
        writer.insertTechSmes(rows, progress);
        return new WriteCounts(rows.size(), 0);
    }
}
