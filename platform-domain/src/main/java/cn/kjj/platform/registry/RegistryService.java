package cn.kjj.platform.registry;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.region.RegionScope;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and correcting the records of a registry. Every change writes the record and its
 * audit event in one transaction; a stale {@code expectedVersion} is 412; unchanged details
 * change nothing. Records are never deleted: the indicators of past years count them. Read-only
 * roles get 403, a record outside the writer's region 404.
 */
public abstract class RegistryService<E extends RegistryRecord<D>, D extends RegistryDetails<D>,
        V extends RegistryView> {

    protected final Registry<E, D, V> registry;
    protected final RegistryRepository<E> records;
    protected final RegionScope scope;
    protected final AuditLog audit;
    protected final Clock clock;

    protected RegistryService(Registry<E, D, V> registry, RegistryRepository<E> records, RegionScope scope,
                              AuditLog audit, Clock clock) {
        this.registry = registry;
        this.records = records;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public V create(AccountPrincipal actor, D details) {
        RegionScope.requireWriter(actor, registry.entity() + " records");
        D checked = checked(actor, details);
        registry.checkConflicts(null, checked);
        E record = save(registry.create(checked, clock.instant()), checked);
        changed(record, null);
        audit.record(registry.entity() + ".create", registry.entity(), record.getId(), record.getRegionCode(), null,
                checked);
        return view(record);
    }

    /** Replaces every field, as {@code PUT} does; unchanged details change nothing. */
    @Transactional
    public V update(AccountPrincipal actor, long id, D details, Long expectedVersion) {
        E record = writable(actor, records.findById(id).orElse(null), id);
        if (expectedVersion != null) {
            record.requireVersion(expectedVersion);
        }
        D checked = checked(actor, details);
        registry.checkConflicts(record, checked);
        D before = record.getDetails();
        if (!before.equals(checked)) {
            Instant now = clock.instant();
            record.update(checked, now);
            save(record, checked);
            changed(record, before);
            audit.record(registry.entity() + ".update", registry.entity(), id, record.getRegionCode(), before,
                    checked);
        }
        return view(record);
    }

    /**
     * The record if the actor may change it: 404 outside its reading scope, 403 for a read-only
     * role, 404 outside its region.
     */
    protected E writable(AccountPrincipal actor, E record, long id) {
        if (record == null || !registry.canRead(scope, actor, record)) {
            throw NotFoundException.of(registry.entity(), id);
        }
        RegionScope.requireWriter(actor, registry.entity() + " records");
        if (!scope.canWrite(actor, record.getRegionCode())) {
            throw NotFoundException.of(registry.entity(), id);
        }
        return record;
    }

    /** Every broken rule at once: the details' own, whether the region may be used, the registry's own. */
    protected D checked(AccountPrincipal actor, D details) {
        FieldErrors errors = new FieldErrors();
        D checked = errors.check(details::validated);
        registry.checkRegion(errors, scope, actor, details);
        registry.check(errors, actor, details);
        errors.throwIfAny();
        return checked;
    }

    /** What else a registered or corrected record changes, in the same transaction ({@code before}: null when new). */
    protected void changed(E record, D before) {
        // nothing by default
    }

    private E save(E record, D details) {
        try {
            return records.saveAndFlush(record);
        } catch (DataIntegrityViolationException e) {
            throw registry.conflict(e, details);
        }
    }

    private V view(E record) {
        return registry.views(List.of(record), r -> true).get(0);
    }
}
