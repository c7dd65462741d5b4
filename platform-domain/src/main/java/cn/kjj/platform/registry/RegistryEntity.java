package cn.kjj.platform.registry;

import cn.kjj.platform.common.VersionedEntity;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The entity of a registry that keeps its fields as one embedded details record ({@code details}):
 * its id, its bookkeeping ({@link VersionedEntity}), and its details, validated when the record is
 * made and at every change. The subclass names the details type ({@code extends
 * RegistryEntity<IncubatorDetails>}), which Hibernate takes for the embeddable, so query paths such
 * as {@code details.name} resolve (decision 0061).
 *
 * @param <D> its details, an {@code @Embeddable} record
 */
@MappedSuperclass
public abstract class RegistryEntity<D extends RegistryDetails<D>> extends VersionedEntity
        implements RegistryRecord<D> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private D details;

    protected RegistryEntity() {
        // for JPA
    }

    protected RegistryEntity(D details, Instant now) {
        super(now);
        this.details = details.validated();
    }

    /** Replaces every field, as {@code PUT} does; the details are validated again. */
    @Override
    public void update(D details, Instant now) {
        this.details = details.validated();
        touch(now);
    }

    @Override
    public D getDetails() {
        return details;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getRegionCode() {
        return details.regionCode();
    }

    /** The class's name with a small first letter: {@code techSme}. */
    @Override
    protected String entityName() {
        String name = getClass().getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
