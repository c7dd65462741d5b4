package cn.kjj.platform.program;

import cn.kjj.platform.common.VersionedEntity;
import cn.kjj.platform.registry.RegistryRecord;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An expert of the registry who reviews applications (table {@code expert}). */
@Entity
@Table(name = "expert")
public class Expert extends VersionedEntity implements RegistryRecord<ExpertDetails> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private ExpertDetails details;

    protected Expert() {
        // for JPA
    }

    public Expert(ExpertDetails details, Instant now) {
        super(now);
        update(details, now);
    }

    @Override
    public final void update(ExpertDetails details, Instant now) {
        this.details = details.validated();
        touch(now);
    }

    @Override
    public ExpertDetails getDetails() {
        return details;
    }

    @Override
    protected String entityName() {
        return "expert";
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getRegionCode() {
        return details.regionCode();
    }
}
