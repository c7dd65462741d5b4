package cn.kjj.platform.incubator;

import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.registry.RegistryEntity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An incubation carrier (孵化载体): incubator, makerspace, accelerator or university science park (table {@code incubator}). */
@Entity
@Table(name = "incubator")
public class Incubator extends RegistryEntity<IncubatorDetails> {

    @Embedded
    private IncubatorDetails details;

    protected Incubator() {
        // for JPA
    }

    public Incubator(IncubatorDetails details, Instant now) {
        super(details, now);
    }

    @Override
    protected void store(IncubatorDetails checked) {
        this.details = checked;
    }

    @Override
    public IncubatorDetails getDetails() {
        return details;
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
