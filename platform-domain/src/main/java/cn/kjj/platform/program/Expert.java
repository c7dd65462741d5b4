package cn.kjj.platform.program;

import cn.kjj.platform.registry.RegistryEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An expert of the registry who reviews applications (table {@code expert}). */
@Entity
@Table(name = "expert")
public class Expert extends RegistryEntity<ExpertDetails> {

    protected Expert() {
        // for JPA
    }

    public Expert(ExpertDetails details, Instant now) {
        super(details, now);
    }
}
