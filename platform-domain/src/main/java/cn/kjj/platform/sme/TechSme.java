package cn.kjj.platform.sme;

import cn.kjj.platform.common.VersionedEntity;
import cn.kjj.platform.registry.RegistryRecord;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An enterprise registered as a technology SME for one year (table {@code tech_sme}). */
@Entity
@Table(name = "tech_sme")
public class TechSme extends VersionedEntity implements RegistryRecord<TechSmeDetails> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private TechSmeDetails details;

    protected TechSme() {
        // for JPA
    }

    public TechSme(TechSmeDetails details, Instant now) {
        super(now);
        this.details = details.validated();
    }

    @Override
    public void update(TechSmeDetails details, Instant now) {
        this.details = details.validated();
        touch(now);
    }

    @Override
    public TechSmeDetails getDetails() {
        return details;
    }

    @Override
    protected String entityName() {
        return "techSme";
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getRegionCode() {
        return details.regionCode();
    }

    public Long getEnterpriseId() {
        return details.enterpriseId();
    }
}
