package cn.kjj.platform.sme;

import cn.kjj.platform.registry.RegistryEntity;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An enterprise registered as a technology SME for one year (table {@code tech_sme}). */
@Entity
@Table(name = "tech_sme")
public class TechSme extends RegistryEntity<TechSmeDetails> {

    @Embedded
    private TechSmeDetails details;

    protected TechSme() {
        // for JPA
    }

    public TechSme(TechSmeDetails details, Instant now) {
        super(details, now);
    }

    @Override
    protected void store(TechSmeDetails checked) {
        this.details = checked;
    }

    @Override
    public TechSmeDetails getDetails() {
        return details;
    }

    public Long getEnterpriseId() {
        return details.enterpriseId();
    }
}
