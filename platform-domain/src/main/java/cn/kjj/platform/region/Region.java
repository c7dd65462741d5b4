package cn.kjj.platform.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An administrative region (GB/T 2260). Regions come from migrations and never change at run time. */
@Entity
@Immutable
@Table(name = "region")
public class Region {

    @Id
    @Column(length = 6)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RegionLevel level;

    @Column(name = "parent_code", length = 6)
    private String parentCode;

    protected Region() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }
}
