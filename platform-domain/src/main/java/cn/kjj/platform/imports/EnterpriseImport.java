package cn.kjj.platform.imports;

import cn.kjj.platform.enterprise.EnterpriseDetails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/**
 * Enterprises, one per credit code. A credit code that is already registered is an error of its
 * line, not an update: an import adds records, and a file that silently overwrote edited ones
 * could not be told apart from one that added them (docs/import.md).
 */
@Component
record EnterpriseImport(ImportLookups lookups, ImportWriter writer)
        implements KindImport<EnterpriseDetails, EnterpriseDetails> {

    @Override
    public ImportKind kind() {
        return ImportKind.ENTERPRISES;
    }

    @Override
    public EnterpriseDetails parse(ImportRow row, ImportScope scope) {
        EnterpriseDetails entered = new EnterpriseDetails(row.text("name"), row.text("creditCode"),
                row.text("regionCode"), row.text("industry"), row.date("foundedOn"), row.integer("employees"),
                row.integer("rdStaff"), row.decimal("revenue"), row.decimal("rdExpense"));
        EnterpriseDetails details = row.check(entered::validated);
        if (details == null || !scope.checkDistrict(row, "regionCode", details.regionCode()) || row.hasErrors()) {
            return null;
        }
        return details;
    }

    @Override
    public List<EnterpriseDetails> resolve(List<Parsed<EnterpriseDetails>> rows, ImportScope scope) {
        Map<String, Integer> firstLine = new HashMap<>();
        List<String> codes = rows.stream().map(p -> p.value().creditCode()).toList();
        Set<String> registered = lookups.enterprisesByCreditCode(codes).keySet();
        List<EnterpriseDetails> result = new ArrayList<>(rows.size());
        for (Parsed<EnterpriseDetails> parsed : rows) {
            String code = parsed.value().creditCode();
            if (parsed.firstOf(firstLine, code, "creditCode") && registered.contains(code)) {
                parsed.row().error("creditCode", "error.import.enterpriseExists",
                        "is already registered; edit that enterprise instead");
            }
            result.add(parsed.value());
        }
        return result;
    }

    @Override
    public WriteCounts write(List<EnterpriseDetails> rows, ImportScope scope, IntConsumer progress) {
        writer.insertEnterprises(rows, progress);
        return new WriteCounts(rows.size(), 0);
    }
}
