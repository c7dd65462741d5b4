package cn.kjj.platform.registry;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.audit.AuditTrail;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.audit.RecordChange;
import cn.kjj.platform.region.RegionScope;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.annotation.Transactional;

/** Reading the records of a registry within the reader's scope: one, a filtered page, or a history. */
public abstract class RegistryQueries<E extends RegistryRecord<D>, D extends RegistryDetails<D>,
        V extends RegistryView> {

    protected final Registry<E, D, V> registry;
    protected final RegistryRepository<E> records;
    protected final RegionScope scope;
    private final AuditTrail trail;

    protected RegistryQueries(Registry<E, D, V> registry, RegistryRepository<E> records, RegionScope scope,
                              AuditTrail trail) {
        this.registry = registry;
        this.records = records;
        this.scope = scope;
        this.trail = trail;
    }

    /** What the registry declares: its list query and history fields for the faces. */
    public Registry<E, D, V> registry() {
        return registry;
    }

    @Transactional(readOnly = true)
    public V get(AccountPrincipal reader, long id) {
        E record = load(reader, id);
        return registry.views(List.of(record), r -> canChange(reader, r)).get(0);
    }

    /** The record if the reader may change it: 404 outside its reading scope, 403 for a reader only. */
    @Transactional(readOnly = true)
    public V editable(AccountPrincipal reader, long id) {
        V record = get(reader, id);
        if (!record.editable()) {
            throw new AccessDeniedToRecordException("error.registry.readOnly",
                    registry.entity() + " " + id + " is not yours to edit");
        }
        return record;
    }

    /** The records in the reader's scope that the query asks for; an unknown region is 404. */
    @Transactional(readOnly = true)
    public Page<V> search(AccountPrincipal reader, RegistryQuery query, Pageable pageable) {
        Page<E> page = records.findAll(matching(reader, query).and(registry.list().ordered(pageable.getSort())),
                ListQuery.unsorted(pageable));
        return new PageImpl<>(registry.views(page.getContent(), r -> canChange(reader, r)), pageable,
                page.getTotalElements());
    }

    /** How many records in the reader's scope the query asks for (one count query). */
    @Transactional(readOnly = true)
    public long count(AccountPrincipal reader, RegistryQuery query) {
        return records.count(matching(reader, query));
    }

    /**
     * The record's changes, oldest first, for the officials of its region and administrators
     * (unless the registry says otherwise); others get 403, because the history names the people
     * who made each change.
     */
    @Transactional(readOnly = true)
    public List<RecordChange> history(AccountPrincipal reader, long id) {
        E record = load(reader, id);
        if (!registry.canReadHistory(scope, reader, record)) {
            throw new AccessDeniedToRecordException("error.registry.historyForbidden",
                    "the change history of " + registry.entity() + " " + id + " is not available to your role");
        }
        return changes(trail, id);
    }

    /** The record's audit events as changes; a registry whose records have parts adds theirs. */
    protected List<RecordChange> changes(AuditTrail trail, long id) {
        return trail.of(registry.entity(), id).stream().map(e -> RecordChange.of(registry.entity(), id, e)).toList();
    }

    private Specification<E> matching(AccountPrincipal reader, RegistryQuery query) {
        return registry.readable(scope, reader).and(registry.list().matching(query, scope.filter(query.region())));
    }

    /** The record if the reader sees it, else 404. */
    protected E load(AccountPrincipal reader, long id) {
        return records.findById(id)
                .filter(r -> registry.canRead(scope, reader, r))
                .orElseThrow(() -> NotFoundException.of(registry.entity(), id));
    }

    private boolean canChange(AccountPrincipal reader, E record) {
        return scope.canWrite(reader, record.getRegionCode());
    }
}
