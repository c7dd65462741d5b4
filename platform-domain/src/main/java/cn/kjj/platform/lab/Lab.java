package cn.kjj.platform.lab;

import cn.kjj.platform.registry.RegistryEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An R&D platform: key laboratory, engineering technology research centre, workstation, ... (table {@code lab}). */
@Entity
@Table(name = "lab")
public class Lab extends RegistryEntity<LabDetails> {

    protected Lab() {
        // for JPA
    }

    public Lab(LabDetails details, Instant now) {
        super(details, now);
    }

    public Long getHostEnterpriseId() {
        return getDetails().hostEnterpriseId();
    }

    public String getHostInstitution() {
        return getDetails().hostInstitution();
    }
}
