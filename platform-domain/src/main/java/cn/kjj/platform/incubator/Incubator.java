package cn.kjj.platform.incubator;

import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.registry.RegistryEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An incubation carrier (孵化载体): incubator, makerspace, accelerator or university science park (table {@code incubator}). */
@Entity
@Table(name = "incubator")
public class Incubator extends RegistryEntity<IncubatorDetails> {

    protected Incubator() {
        // for JPA
    }

    public Incubator(IncubatorDetails details, Instant now) {
        super(details, now);
    }

    public String getName() {
        return getDetails().name();
    }

    public IncubatorKind getKind() {
        return getDetails().kind();
    }

    public RecognitionLevel getLevel() {
        return getDetails().level();
    }

    public String getOperator() {
        return getDetails().operator();
    }

    public BigDecimal getAreaSqm() {
        return getDetails().areaSqm();
    }

    public Integer getTenantCount() {
        return getDetails().tenantCount();
    }

    public Integer getGraduatedCount() {
        return getDetails().graduatedCount();
    }

    public LocalDate getRecognizedOn() {
        return getDetails().recognizedOn();
    }
}
