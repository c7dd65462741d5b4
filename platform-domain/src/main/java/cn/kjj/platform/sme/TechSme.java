package cn.kjj.platform.sme;

import cn.kjj.platform.registry.RegistryEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An enterprise registered as a technology SME for one year (table {@code tech_sme}). */
@Entity
@Table(name = "tech_sme")
public class TechSme extends RegistryEntity<TechSmeDetails> {

    protected TechSme() {
        // for JPA
    }

    public TechSme(TechSmeDetails details, Instant now) {
        super(details, now);
    }
}
