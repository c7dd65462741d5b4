package cn.kjj.platform.contract;

import cn.kjj.platform.registry.RegistryRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A contract registered at another office and imported here (table {@code external_contract_registration};
 * decision 0036). Written only by the import, in bulk; never changed: a wrong line is corrected at the
 * office that registered it.
 */
@Entity
@Immutable
@Table(name = "external_contract_registration")
public class ExternalRegistration implements RegistryRecord<ExternalRegistrationDetails> {

    @Id
    private Long id;

    @Embedded
    private ExternalRegistrationDetails details;

    @Column(name = "imported_at")
    private Instant importedAt;

    protected ExternalRegistration() {
        // for JPA
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getRegionCode() {
        return details.regionCode();
    }

    @Override
    public long getVersion() {
        return 0;
    }

    @Override
    public void requireVersion(long expected) {
        // never changed: every version is the current one
    }

    @Override
    public ExternalRegistrationDetails getDetails() {
        return details;
    }

    @Override
    public void update(ExternalRegistrationDetails details, Instant now) {
        throw new UnsupportedOperationException("a registration of another office is imported, never changed here");
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
