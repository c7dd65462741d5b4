package cn.kjj.platform.registry;

import cn.kjj.platform.common.SearchText;
import cn.kjj.platform.region.Regions;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * How a registry's list is searched and ordered: the text columns {@code q} looks in, the
 * filters it offers, the columns it may be sorted by and its order when none is asked for.
 *
 * @param details the record whose components the entity keeps embedded as its attribute
 *                {@code details} (null: the fields are the entity's own); a field named by the list
 *                is looked up there when it is one of them
 */
public record ListQuery(List<String> searched, List<ListFilter> filters, List<String> sortable, Sort defaultSort,
                        Class<? extends Record> details) {

    public ListQuery {
        searched = List.copyOf(searched);
        filters = List.copyOf(filters);
        sortable = List.copyOf(sortable);
    }

    /** A list searching these text columns, without filters, sorted by name. */
    public static ListQuery searching(String... columns) {
        return new ListQuery(List.of(columns), List.of(), List.of("name"), Sort.by("name"), null);
    }

    public ListQuery filter(String field, Class<?> type) {
        return filter(new ListFilter(field, type));
    }

    public ListQuery filter(ListFilter filter) {
        List<ListFilter> more = new ArrayList<>(filters);
        more.add(filter);
        return new ListQuery(searched, more, sortable, defaultSort, details);
    }

    public ListQuery sortable(String... columns) {
        return new ListQuery(searched, filters, List.of(columns), defaultSort, details);
    }

    public ListQuery sortedBy(Sort order) {
        return new ListQuery(searched, filters, sortable, order, details);
    }

    /** The entity keeps the fields of {@code record} embedded as {@code details}. */
    public ListQuery embedding(Class<? extends Record> record) {
        return new ListQuery(searched, filters, sortable, defaultSort, record);
    }

    /** The field's attribute: on the embedded details when it is one of theirs. */
    Path<Object> attribute(Root<?> root, String field) {
        return embedded(field) ? root.get("details").get(field) : root.get(field);
    }

    /**
     * The order as criteria on the fields' attributes. Spring Data's own sort paths do not reach
     * into details that a generic superclass holds (decision 0061), so the page is read unsorted
     * ({@link #unsorted}) and ordered here.
     */
    <E> Specification<E> ordered(Sort sort) {
        return (root, criteria, cb) -> {
            criteria.orderBy(sort.stream().map(o -> o.isAscending() ? cb.asc(attribute(root, o.getProperty()))
                    : cb.desc(attribute(root, o.getProperty()))).toList());
            return cb.conjunction();
        };
    }

    static Pageable unsorted(Pageable pageable) {
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())
                : Pageable.unpaged();
    }

    private boolean embedded(String field) {
        return details != null && Arrays.stream(details.getRecordComponents()).anyMatch(c -> c.getName().equals(field));
    }

    /**
     * The query's filters as criteria: its region (with those below), its fields, its text.
     *
     * @param region the query's region and those below it
     */
    <E> Specification<E> matching(RegistryQuery query, Regions region) {
        return (root, criteria, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (!region.every()) {
                where.add(attribute(root, "regionCode").in(region.codes()));
            }
            query.equal().forEach((field, value) -> where.add(filters.stream().filter(f -> f.field().equals(field))
                    .findFirst().map(ListFilter::criterion).filter(Objects::nonNull)
                    .map(criterion -> criterion.where(root, criteria, cb, value))
                    .orElseGet(() -> cb.equal(attribute(root, field), value))));
            if (query.q() != null && !query.q().isBlank()) {
                String pattern = "%" + SearchText.likeEscaped(query.q().strip().toLowerCase(Locale.ROOT)) + "%";
                where.add(cb.or(searched.stream()
                        .map(column -> cb.like(cb.lower(attribute(root, column).as(String.class)), pattern, '\\'))
                        .toArray(Predicate[]::new)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Records in these regions: the reader's scope as criteria (none: no record). */
    <E> Specification<E> within(Regions regions) {
        return (root, criteria, cb) -> regions.every() ? cb.conjunction() : regions.codes().isEmpty()
                ? cb.disjunction() : attribute(root, "regionCode").in(Set.copyOf(regions.codes()));
    }
}
