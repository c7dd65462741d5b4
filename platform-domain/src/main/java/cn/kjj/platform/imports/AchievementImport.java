package cn.kjj.platform.imports;

import cn.kjj.platform.contract.IpType;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.enterprise.OrganisationNature;
import cn.kjj.platform.imports.ImportLookups.HolderTitle;
import cn.kjj.platform.matching.AchievementDetails;
import cn.kjj.platform.matching.Maturity;
import cn.kjj.platform.matching.TransferMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;

/**
 * A university's or institute's list of achievements. A title its holder already lists (in the
 * file or in the catalogue) is taken for the same achievement and refused: importing a list twice
 * must not double it.
 */
@Component
record AchievementImport(ImportLookups lookups, ImportWriter writer)
        implements KindImport<AchievementDetails, AchievementDetails> {

    @Override
    public ImportKind kind() {
        return ImportKind.ACHIEVEMENTS;
    }

    @Override
    public AchievementDetails parse(ImportRow row, ImportScope scope) {
        AchievementDetails entered = new AchievementDetails(row.text("title"), row.text("holder"),
                row.choice("holderNature", OrganisationNature.class, OrganisationNature::nameZh,
                        OrganisationNature::nameEn),
                row.choice("field", TechnologyField.class, TechnologyField::nameZh, TechnologyField::nameEn),
                row.choice("ipType", IpType.class, IpType::nameZh, IpType::nameEn),
                row.choice("maturity", Maturity.class, Maturity::nameZh, Maturity::nameEn),
                row.choices("transferModes", TransferMode.class, TransferMode::nameZh, TransferMode::nameEn),
                row.text("priceHint"), row.text("summary"), row.text("contact"), row.text("regionCode"));
        AchievementDetails details = row.check(entered::validated);
        if (details == null || !scope.checkRegion(row, "regionCode", details.regionCode()) || row.hasErrors()) {
            return null;
        }
        return details;
    }

    @Override
    public List<AchievementDetails> resolve(List<Parsed<AchievementDetails>> rows, ImportScope scope) {
        Set<HolderTitle> published = lookups.achievementsOf(rows.stream().map(p -> p.value().holder()).distinct()
                .toList());
        Map<HolderTitle, Integer> firstLine = new HashMap<>();
        List<AchievementDetails> result = new ArrayList<>(rows.size());
        for (Parsed<AchievementDetails> parsed : rows) {
            HolderTitle key = HolderTitle.of(parsed.value().holder(), parsed.value().title());
            if (parsed.firstOf(firstLine, key, "title") && published.contains(key)) {
                parsed.row().error("title", "error.import.achievementExists", "its holder already lists this title");
            }
            result.add(parsed.value());
        }
        return result;
    }

    @Override
    public WriteCounts write(List<AchievementDetails> rows, ImportScope scope, IntConsumer progress) {
        writer.insertAchievements(rows, progress);
        return new WriteCounts(rows.size(), 0);
    }
}
