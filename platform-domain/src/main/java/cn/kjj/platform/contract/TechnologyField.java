package cn.kjj.platform.contract;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/**
 * The national technology-field categories of contract registration (技术领域); the constants
 * are those of the schema's check on {@code technology_contract.technology_field}.
 */
public enum TechnologyField implements Named.Constant {
    @Name(zh = "电子信息", en = "Electronic information") ELECTRONIC_INFORMATION,
    @Name(zh = "先进制造", en = "Advanced manufacturing") ADVANCED_MANUFACTURING,
    @Name(zh = "新材料", en = "New materials") NEW_MATERIALS,
    @Name(zh = "生物医药", en = "Biomedicine") BIOMEDICINE,
    @Name(zh = "新能源与高效节能", en = "New energy and energy efficiency") NEW_ENERGY,
    @Name(zh = "环境保护与资源综合利用", en = "Environmental protection and resource recycling") ENVIRONMENTAL_PROTECTION,
    @Name(zh = "现代农业", en = "Modern agriculture") MODERN_AGRICULTURE,
    @Name(zh = "航空航天", en = "Aerospace") AEROSPACE,
    @Name(zh = "现代交通", en = "Modern transport") MODERN_TRANSPORT,
    @Name(zh = "城市建设与社会发展", en = "Urban construction and social development") URBAN_CONSTRUCTION_SOCIAL_DEVELOPMENT,
    @Name(zh = "核应用技术", en = "Nuclear applications") NUCLEAR_APPLICATIONS;
}
