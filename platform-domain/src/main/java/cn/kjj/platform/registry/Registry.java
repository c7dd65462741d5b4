package cn.kjj.platform.registry;

import cn.kjj.platform.account.AccountPrincipal;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionScope.Readers;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.data.jpa.domain.Specification;

/**
 * The declaration of one registry: what is specific to it, written once. {@link RegistryService}
 * and {@link RegistryQueries} (and the API's and the portal's shared building blocks) do the rest:
 * scope, list query, paging, sorting, versions, audit and history.
 *
 * @param <E> the entity
 * @param <D> its details, as entered
 * @param <V> its view, as the faces show it
 */
public abstract class Registry<E extends RegistryRecord<D>, D extends RegistryDetails<D>, V extends RegistryView> {

    private final String entity;
    private final Readers readers;
    private final ListQuery list;
    private final List<String> historyFields;

    /**
     * @param entity        the record's name in audit events, error codes and messages, e.g. {@code incubator}
     * @param readers       who reads the records (officials always only their region's)
     * @param list          how its list is searched, filtered and sorted
     * @param historyFields the fields of its change history in the order people read them
     */
    protected Registry(String entity, Readers readers, ListQuery list, List<String> historyFields) {
        this.entity = entity;
        this.readers = readers;
        this.list = list;
        this.historyFields = List.copyOf(historyFields);
    }

    /** A new record of these (validated) details. */
    protected abstract E create(D details, Instant now);

    protected abstract V view(E record, boolean editable);

    /** The views of a page of records; a registry that shows what they refer to reads it here at once. */
    protected List<V> views(List<E> records, Predicate<E> editable) {
        return records.stream().map(r -> view(r, editable.test(r))).toList();
    }

    /** Rules of a change beyond the details' own (a named enterprise exists, a year is not too late). */
    protected void check(FieldErrors errors, AccountPrincipal actor, D details) {
        // none by default
    }

    /**
     * Whether the reader sees the record: by its region. A registry of enterprises' own records
     * would also let an enterprise see its own here (and in {@link #readable}).
     */
    protected boolean canRead(RegionScope scope, AccountPrincipal reader, E record) {
        return scope.canRead(reader, readers, record.getRegionCode());
    }

    /** The records the reader sees, as criteria. */
    protected Specification<E> readable(RegionScope scope, AccountPrincipal reader) {
        return ListQuery.within(scope.readable(reader, readers));
    }

    public String entity() {
        return entity;
    }

    public Readers readers() {
        return readers;
    }

    public ListQuery list() {
        return list;
    }

    public List<String> historyFields() {
        return historyFields;
    }
}
