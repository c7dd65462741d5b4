package cn.kjj.platform.region;

/** A region as the faces show it. */
public record RegionView(String code, String name, String nameEn, RegionLevel level, String parentCode) {

    static RegionView of(Region r) {
        return new RegionView(r.getCode(), r.getName(), r.getNameEn(), r.getLevel(), r.getParentCode());
    }

    /** The name in the reader's language: Chinese unless the language is English. */
    public String displayName(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
