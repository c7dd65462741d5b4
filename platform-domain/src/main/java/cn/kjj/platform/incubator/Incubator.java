package cn.kjj.platform.incubator;

import cn.kjj.platform.common.VersionedEntity;
import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.registry.RegistryRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An incubation carrier (孵化载体): incubator, makerspace, accelerator or university science park (table {@code incubator}). */
@Entity
@Table(name = "incubator")
public class Incubator extends VersionedEntity implements RegistryRecord<IncubatorDetails> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private IncubatorKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 12)
    private RecognitionLevel level;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(name = "operator", length = 200)
    private String operator;

    @Column(name = "area_sqm", precision = 12, scale = 2)
    private BigDecimal areaSqm;

    @Column(name = "tenant_count")
    private Integer tenantCount;

    @Column(name = "graduated_count")
    private Integer graduatedCount;

    @Column(name = "recognized_on")
    private LocalDate recognizedOn;

    protected Incubator() {
        // for JPA
    }

    public Incubator(IncubatorDetails details, Instant now) {
        super(now);
        apply(details.validated(), now);
    }

    @Override
    public void update(IncubatorDetails details, Instant now) {
        apply(details.validated(), now);
    }

    private void apply(IncubatorDetails d, Instant now) {
        this.name = d.name();
        this.kind = d.kind();
        this.level = d.level();
        this.regionCode = d.regionCode();
        this.operator = d.operator();
        this.areaSqm = d.areaSqm();
        this.tenantCount = d.tenantCount();
        this.graduatedCount = d.graduatedCount();
        this.recognizedOn = d.recognizedOn();
        touch(now);
    }

    @Override
    public IncubatorDetails getDetails() {
        return new IncubatorDetails(name, kind, level, regionCode, operator, areaSqm, tenantCount, graduatedCount,
                recognizedOn);
    }

    @Override
    protected String entityName() {
        return "incubator";
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public IncubatorKind getKind() {
        return kind;
    }

    public RecognitionLevel getLevel() {
        return level;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public String getOperator() {
        return operator;
    }

    public BigDecimal getAreaSqm() {
        return areaSqm;
    }

    public Integer getTenantCount() {
        return tenantCount;
    }

    public Integer getGraduatedCount() {
        return graduatedCount;
    }

    public LocalDate getRecognizedOn() {
        return recognizedOn;
    }

}
