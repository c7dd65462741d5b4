package cn.kjj.platform.imports;

import cn.kjj.platform.enterprise.CreditCode;
import cn.kjj.platform.imports.ImportLookups.EnterpriseRef;
import cn.kjj.platform.imports.ImportLookups.NameInRegion;
import cn.kjj.platform.lab.LabDetails;
import cn.kjj.platform.lab.LabKind;
import cn.kjj.platform.region.RecognitionLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/**
 * R&D platforms. A host enterprise is named by its credit code and must be registered (and, for
 * an official, in its region); as for carriers, a name already used in the region is refused.
 */
@Component
record LabImport(ImportLookups lookups, ImportWriter writer) implements KindImport<LabImport.Line, LabDetails> {

    /** A row checked on its own; the host enterprise, if any, is looked up with the others. */
    record Line(LabDetails details, String hostCreditCode) {
    }

    /** Stands in for the host enterprise's id until resolve(), so that the host rule sees a host. */
    private static final long HOST_PENDING = -1L;

    @Override
    public ImportKind kind() {
        return ImportKind.LABS;
    }

    @Override
    public Line parse(ImportRow row, ImportScope scope) {
        String rawHost = row.text("hostCreditCode");
        CreditCode host = rawHost == null ? null : row.check(() -> CreditCode.of(rawHost, "hostCreditCode"));
        LabDetails entered = new LabDetails(row.text("name"),
                row.choice("kind", LabKind.class, LabKind::nameZh, LabKind::nameEn),
                row.choice("level", RecognitionLevel.class, RecognitionLevel::nameZh, RecognitionLevel::nameEn),
                row.text("regionCode"), rawHost == null ? null : HOST_PENDING, row.text("hostInstitution"),
                row.date("recognizedOn"));
        LabDetails details = row.check(entered::validated);
        if (details == null || !scope.checkRegion(row, "regionCode", details.regionCode()) || row.hasErrors()) {
            return null;
        }
        return new Line(details, host == null ? null : host.value());
    }

    @Override
    public List<LabDetails> resolve(List<Parsed<Line>> rows, ImportScope scope) {
        Map<String, EnterpriseRef> hosts = lookups.enterprisesByCreditCode(rows.stream()
                .map(p -> p.value().hostCreditCode()).filter(Objects::nonNull).distinct().toList());
        Set<NameInRegion> registered = lookups.labsIn(
                rows.stream().map(p -> p.value().details().regionCode()).distinct().toList());
        Map<NameInRegion, Integer> firstLine = new HashMap<>();
        List<LabDetails> result = new ArrayList<>(rows.size());
        for (Parsed<Line> parsed : rows) {
            LabDetails d = parsed.value().details();
            Long hostId = null;
            if (parsed.value().hostCreditCode() != null) {
                EnterpriseRef host = hosts.get(parsed.value().hostCreditCode());
                if (host == null || !scope.covers(host.regionCode())) {
                    parsed.row().error("hostCreditCode", "error.import.enterpriseNotFound",
                            "names no registered enterprise in your region");
                } else {
                    hostId = host.id();
                }
            }
            parsed.requireNewName(d.name(), d.regionCode(), firstLine, registered);
            result.add(new LabDetails(d.name(), d.kind(), d.level(), d.regionCode(), hostId, d.hostInstitution(),
                    d.recognizedOn()));
        }
        return result;
    }

    @Override
    public WriteCounts write(List<LabDetails> rows, ImportScope scope, IntConsumer progress) {
        writer.insertLabs(rows, progress);
        return new WriteCounts(rows.size(), 0);
    }
}
