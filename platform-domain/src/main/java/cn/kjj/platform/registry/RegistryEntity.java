package cn.kjj.platform.registry;

import cn.kjj.platform.common.VersionedEntity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The entity of a registry: its id, its bookkeeping ({@link VersionedEntity}), and the life of its
 * details: validated when the record is made and at every change. The subclass keeps the details
 * in fields of its own type ({@code @Embedded IncubatorDetails details}, or flat columns), so that
 * query paths such as {@code details.name} resolve; a field of the type parameter here would not
 * (Hibernate 7 reads it as the bound, not as an embeddable: decision 0061).
 *
 * @param <D> its details
 */
@MappedSuperclass
public abstract class RegistryEntity<D extends RegistryDetails<D>> extends VersionedEntity
        implements RegistryRecord<D> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    protected RegistryEntity() {
        // for JPA
    }

    protected RegistryEntity(D details, Instant now) {
        super(now);
        store(details.validated());
    }

    /**
     * Keeps checked details in the subclass's fields. Called from this constructor, before the
     * subclass's field initialisers run: the fields it assigns must have none.
     */
    protected abstract void store(D checked);

    /** Replaces every field, as {@code PUT} does; the details are validated again. */
    @Override
    public void update(D details, Instant now) {
        store(details.validated());
        touch(now);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getRegionCode() {
        return getDetails().regionCode();
    }

    /** The class's name with a small first letter: {@code techSme}. */
    @Override
    protected String entityName() {
        String name = getClass().getSimpleName();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
