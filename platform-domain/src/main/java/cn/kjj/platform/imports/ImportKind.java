package cn.kjj.platform.imports;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;
import cn.kjj.platform.common.NotFoundException;
import java.util.Arrays;
import java.util.Locale;

/** What a file imports; {@link #slug()} names it in addresses ({@code /imports/certifications}, {@code /imports/external-contracts}). */
public enum ImportKind implements Named.Constant {
    ENTERPRISES("企业名录", "Enterprises"),
    CERTIFICATIONS("高新技术企业认定", "High-tech certifications"),
    INCUBATORS("孵化载体", "Incubation carriers"),
    LABS("研发平台", "R&D platforms"),
    STATISTICS("地区统计数据", "Regional statistics"),
    TECH_SMES("科技型中小企业", "Technology SMEs"),
    ACHIEVEMENTS("科技成果", "Technology achievements"),
    /** Contracts registered at other offices, from the national system's export (decision 0036). */
    EXTERNAL_CONTRACTS("异地登记技术合同", "Contracts registered elsewhere"),
    ANNUAL_FIGURES("企业年度经营数据", "Enterprises' annual figures");

    private final Names names;

    ImportKind(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    /** The name in lower case, words joined by hyphens as in the API's paths ({@code tech-smes}). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public Names names() {
        return names;
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
