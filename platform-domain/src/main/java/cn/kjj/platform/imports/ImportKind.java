package cn.kjj.platform.imports;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.NotFoundException;
import java.util.Arrays;
import java.util.Locale;

/** What a file imports; {@link #slug()} names it in addresses ({@code /imports/certifications}, {@code /imports/external-contracts}). */
public enum ImportKind implements Named.Constant {
    @Name(zh = "企业名录", en = "Enterprises") ENTERPRISES,
    @Name(zh = "高新技术企业认定", en = "High-tech certifications") CERTIFICATIONS,
    @Name(zh = "孵化载体", en = "Incubation carriers") INCUBATORS,
    @Name(zh = "研发平台", en = "R&D platforms") LABS,
    @Name(zh = "地区统计数据", en = "Regional statistics") STATISTICS,
    @Name(zh = "科技型中小企业", en = "Technology SMEs") TECH_SMES,
    @Name(zh = "科技成果", en = "Technology achievements") ACHIEVEMENTS,
    /** Contracts registered at other offices, from the national system's export (decision 0036). */
    @Name(zh = "异地登记技术合同", en = "Contracts registered elsewhere") EXTERNAL_CONTRACTS,
    @Name(zh = "企业年度经营数据", en = "Enterprises' annual figures") ANNUAL_FIGURES;

    /** The name in lower case, words joined by hyphens as in the API's paths ({@code tech-smes}). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind an address names; 404 for any other slug. */
    public static ImportKind fromSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug().equals(slug)).findFirst().orElseThrow(
                () -> new NotFoundException("error.import.kindUnknown", "no import of " + slug, slug));
    }

    /** The columns of this kind's files, in template order. */
    public ImportLayout layout() {
        return ImportLayout.of(this);
    }
}
