package cn.kjj.platform.contract;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/**
 * The national technology-field categories of contract registration (技术领域); the constants
 * are those of the schema's check on {@code technology_contract.technology_field}.
 */
public enum TechnologyField implements Named.Constant {
    ELECTRONIC_INFORMATION("电子信息", "Electronic information"),
    ADVANCED_MANUFACTURING("先进制造", "Advanced manufacturing"),
    NEW_MATERIALS("新材料", "New materials"),
    BIOMEDICINE("生物医药", "Biomedicine"),
    NEW_ENERGY("新能源与高效节能", "New energy and energy efficiency"),
    ENVIRONMENTAL_PROTECTION("环境保护与资源综合利用", "Environmental protection and resource recycling"),
    MODERN_AGRICULTURE("现代农业", "Modern agriculture"),
    AEROSPACE("航空航天", "Aerospace"),
    MODERN_TRANSPORT("现代交通", "Modern transport"),
    URBAN_CONSTRUCTION_SOCIAL_DEVELOPMENT("城市建设与社会发展", "Urban construction and social development"),
    NUCLEAR_APPLICATIONS("核应用技术", "Nuclear applications");

    private final Names names;

    TechnologyField(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
