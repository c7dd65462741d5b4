package cn.kjj.platform.incubator;

import cn.kjj.platform.common.VersionedEntity;
import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.registry.RegistryRecord;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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

    @Embedded
    private IncubatorDetails details;

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

    private void apply(IncubatorDetails checked, Instant now) {
        this.details = checked;
        touch(now);
    }

    @Override
    public IncubatorDetails getDetails() {
        return details;
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
        return details.name();
    }

    public IncubatorKind getKind() {
        return details.kind();
    }

    public RecognitionLevel getLevel() {
        return details.level();
    }

    @Override
    public String getRegionCode() {
        return details.regionCode();
    }

    public String getOperator() {
        return details.operator();
    }

    public BigDecimal getAreaSqm() {
        return details.areaSqm();
    }

    public Integer getTenantCount() {
        return details.tenantCount();
    }

    public Integer getGraduatedCount() {
        return details.graduatedCount();
    }

    public LocalDate getRecognizedOn() {
        return details.recognizedOn();
    }
}
