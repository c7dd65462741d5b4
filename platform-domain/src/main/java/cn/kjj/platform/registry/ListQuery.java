package cn.kjj.platform.registry;

import cn.kjj.platform.common.SearchText;
import cn.kjj.platform.region.Regions;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * How a registry's list is searched and ordered: the text columns {@code q} looks in, the
 * filters it offers, the columns it may be sorted by and its order when none is asked for.
 */
public record ListQuery(List<String> searched, List<ListFilter> filters, List<String> sortable, Sort defaultSort) {

    public ListQuery {
        searched = List.copyOf(searched);
        filters = List.copyOf(filters);
        sortable = List.copyOf(sortable);
    }

    /** A list searching these text columns, without filters, sorted by name. */
    public static ListQuery searching(String... columns) {
        return new ListQuery(List.of(columns), List.of(), List.of("name"), Sort.by("name"));
    }

    public ListQuery filter(String field, Class<?> type) {
        return filter(new ListFilter(field, type));
    }

    public ListQuery filter(ListFilter filter) {
        List<ListFilter> more = new ArrayList<>(filters);
        more.add(filter);
        return new ListQuery(searched, more, sortable, defaultSort);
    }

    public ListQuery sortable(String... columns) {
        return new ListQuery(searched, filters, List.of(columns), defaultSort);
    }

    public ListQuery sortedBy(Sort order) {
        return new ListQuery(searched, filters, sortable, order);
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
                where.add(root.get("regionCode").in(region.codes()));
            }
            query.equal().forEach((field, value) -> where.add(filters.stream().filter(f -> f.field().equals(field))
                    .findFirst().orElseGet(() -> new ListFilter(field, Integer.class))
                    .criterion().where(root, criteria, cb, value)));
            if (query.q() != null && !query.q().isBlank()) {
                String pattern = "%" + SearchText.likeEscaped(query.q().strip().toLowerCase(Locale.ROOT)) + "%";
                where.add(cb.or(searched.stream()
                        .map(column -> cb.like(cb.lower(root.get(column)), pattern, '\\'))
                        .toArray(Predicate[]::new)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Records in these regions: the reader's scope as criteria (none: no record). */
    static <E> Specification<E> within(Regions regions) {
        return (root, criteria, cb) -> regions.every() ? cb.conjunction()
                : regions.codes().isEmpty() ? cb.disjunction() : root.get("regionCode").in(Set.copyOf(regions.codes()));
    }
}
