package cn.kjj.platform.imports;

import cn.kjj.platform.imports.ImportLookups.NameInRegion;
import cn.kjj.platform.incubator.IncubatorDetails;
import cn.kjj.platform.incubator.IncubatorKind;
import cn.kjj.platform.region.RecognitionLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/**
 * Incubation carriers. The registry has no number for them, so a name already used in the same
 * region (in the file or in the registry) is taken for the same carrier and refused: importing a
 * file twice must not double the carriers.
 */
@Component
record IncubatorImport(ImportLookups lookups, ImportWriter writer)
        implements KindImport<IncubatorDetails, IncubatorDetails> {

    @Override
    public ImportKind kind() {
        return ImportKind.INCUBATORS;
    }

    @Override
    public IncubatorDetails parse(ImportRow row, ImportScope scope) {
        IncubatorDetails entered = new IncubatorDetails(row.text("name"),
                row.choice("kind", IncubatorKind.class, IncubatorKind::nameZh, IncubatorKind::nameEn),
                row.choice("level", RecognitionLevel.class, RecognitionLevel::nameZh, RecognitionLevel::nameEn),
                row.text("regionCode"), row.text("operator"), row.decimal("areaSqm"), row.integer("tenantCount"),
                row.integer("graduatedCount"), row.date("recognizedOn"));
        IncubatorDetails details = row.check(entered::validated);
        if (details == null || !scope.checkRegion(row, "regionCode", details.regionCode()) || row.hasErrors()) {
            return null;
        }
        return details;
    }

    @Override
    public List<IncubatorDetails> resolve(List<Parsed<IncubatorDetails>> rows, ImportScope scope) {
        Set<NameInRegion> registered = lookups.incubatorsIn(
                rows.stream().map(p -> p.value().regionCode()).distinct().toList());
        Map<NameInRegion, Integer> firstLine = new HashMap<>();
        List<IncubatorDetails> result = new ArrayList<>(rows.size());
        for (Parsed<IncubatorDetails> parsed : rows) {
            parsed.requireNewName(parsed.value().name(), parsed.value().regionCode(), firstLine, registered);
            result.add(parsed.value());
        }
        return result;
    }

    @Override
    public WriteCounts write(List<IncubatorDetails> rows, ImportScope scope, IntConsumer progress) {
        writer.insertIncubators(rows, progress);
        return new WriteCounts(rows.size(), 0);
    }
}
