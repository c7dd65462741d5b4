package cn.kjj.platform.lab;

import cn.kjj.platform.common.VersionedEntity;
import cn.kjj.platform.registry.RegistryRecord;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An R&D platform: key laboratory, engineering technology research centre, workstation, ... (table {@code lab}). */
@Entity
@Table(name = "lab")
public class Lab extends VersionedEntity implements RegistryRecord<LabDetails> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private LabDetails details;

    protected Lab() {
        // for JPA
    }

    public Lab(LabDetails details, Instant now) {
        super(now);
        apply(details.validated(), now);
    }

    @Override
    public void update(LabDetails details, Instant now) {
        apply(details.validated(), now);
    }

    private void apply(LabDetails checked, Instant now) {
        this.details = checked;
        touch(now);
    }

    @Override
    public LabDetails getDetails() {
        return details;
    }

    @Override
    protected String entityName() {
        return "lab";
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getRegionCode() {
        return details.regionCode();
    }

    public Long getHostEnterpriseId() {
        return details.hostEnterpriseId();
    }

    public String getHostInstitution() {
        return details.hostInstitution();
    }
}
