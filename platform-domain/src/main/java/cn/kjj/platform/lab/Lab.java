package cn.kjj.platform.lab;

import cn.kjj.platform.registry.RegistryEntity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An R&D platform: key laboratory, engineering technology research centre, workstation, ... (table {@code lab}). */
@Entity
@Table(name = "lab")
public class Lab extends RegistryEntity<LabDetails> {

    @Embedded
    private LabDetails details;

    protected Lab() {
        // for JPA
    }

    public Lab(LabDetails details, Instant now) {
        super(details, now);
    }

    @Override
    protected void store(LabDetails checked) {
        this.details = checked;
    }

    @Override
    public LabDetails getDetails() {
        return details;
    }

    public Long getHostEnterpriseId() {
        return details.hostEnterpriseId();
    }

    public String getHostInstitution() {
        return details.hostInstitution();
    }
}
