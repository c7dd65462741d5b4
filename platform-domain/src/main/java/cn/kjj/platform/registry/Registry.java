package cn.kjj.platform.registry;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionScope.Readers;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.domain.Specification;

/**
 * The declaration of one registry: what is specific to it, written once. {@link RegistryService}
 * and {@link RegistryQueries} (and the API's and the portal's shared building blocks) do the rest:
 * scope, list query, paging, sorting, versions, audit and history. A registry with rules of its own
 * overrides {@link #check} (and {@link #checkRegion}, {@link #checkConflicts}, {@link #conflict}); one whose records
 * enterprises read as their own, {@link #canRead}, {@link #readable} and {@link #canReadHistory}.
 *
 * @param <E> the entity
 * @param <D> its details, as entered
 * @param <V> its view, as the faces show it
 */
public class Registry<E extends RegistryRecord<D>, D extends RegistryDetails<D>, V extends RegistryView> {

    private final String entity;
    private final Readers readers;
    private final ListQuery list;
    private final List<String> historyFields;
    private final BiFunction<D, Instant, E> create;
    private final Views<E, V> views;

    /** How a page of records is shown: each on its own, or with what they refer to read at once. */
    @FunctionalInterface
    public interface Views<E, V> {

        /** @param editable whether the reader may change a record */
        List<V> of(List<E> records, Predicate<E> editable);

        /** Each record on its own, e.g. {@code Views.each(IncubatorView::of)}. */
        static <E, V> Views<E, V> each(BiFunction<E, Boolean, V> view) {
            return (records, editable) -> records.stream().map(r -> view.apply(r, editable.test(r))).toList();
        }
    }

    /**
     * @param entity        the record's name in audit events, error codes and messages, e.g. {@code incubator}
     * @param readers       who reads the records (officials always only their region's)
     * @param list          how its list is searched, filtered and sorted
     * @param historyFields the fields of its change history in the order people read them
     * @param create        a new record of (validated) details, e.g. {@code Incubator::new}
     * @param views         records as the faces show them
     */
    public Registry(String entity, Readers readers, ListQuery list, List<String> historyFields,
                    BiFunction<D, Instant, E> create, Views<E, V> views) {
        this.entity = entity;
        this.readers = readers;
        this.list = list;
        this.historyFields = List.copyOf(historyFields);
        this.create = create;
        this.views = views;
    }

    E create(D details, Instant now) {
        return create.apply(details, now);
    }

    List<V> views(List<E> records, Predicate<E> editable) {
        return views.of(records, editable);
    }

    /** Rules of a change beyond the details' own (a named enterprise exists, a year is not too late). */
    protected void check(FieldErrors errors, AccountPrincipal actor, D details) {
        // none by default
    }

    /**
     * Where the record may be kept: by default a known region within the actor's
     * ({@link RegionScope#checkWritable}).
     */
    protected void checkRegion(FieldErrors errors, RegionScope scope, AccountPrincipal actor, D details) {
        scope.checkWritable(errors, "regionCode", actor, details.regionCode());
    }

    /**
     * Conflicts with the records already kept, such as a code registered twice (409), after the
     * details are known to be right; {@code existing} is the record changed, null for a new one.
     */
    protected void checkConflicts(E existing, D details) {
        // none by default
    }

    /**
     * A unique key of the record's table that a change broke all the same (two at the same
     * moment), as the 409 to answer; by default the database's error as it is.
     */
    protected RuntimeException conflict(DataIntegrityViolationException e, D details) {
        return e;
    }

    /** Whether the reader sees the record's history, which names people: by default those who may change it. */
    protected boolean canReadHistory(RegionScope scope, AccountPrincipal reader, E record) {
        return scope.canWrite(reader, record.getRegionCode());
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
        return list.within(scope.readable(reader, readers));
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
