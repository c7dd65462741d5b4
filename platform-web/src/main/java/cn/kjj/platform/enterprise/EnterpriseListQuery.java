package cn.kjj.platform.enterprise;

import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The enterprise list's address as the browser sends it ({@code ?q=&region=&highTech=&sort=name,desc&page=1}),
 * every value as typed, and the links that keep it while sorting or paging. Values the list does
 * not understand are ignored rather than refused: a hand-edited address still shows a list.
 */
record EnterpriseListQuery(String q, String region, String highTech, String sort, String page) {

    static final Set<String> SORTABLE = Set.of("name", "creditCode", "regionCode", "industry", "foundedOn",
            "employees");
    static final String DEFAULT_SORT = "name";

    public String text() {
        return q == null || q.isBlank() ? null : q.strip();
    }

    public String regionValue() {
        return region == null || region.isBlank() ? null : region.strip();
    }

    public Boolean highTechValue() {
        return "true".equals(highTech) ? Boolean.TRUE : "false".equals(highTech) ? Boolean.FALSE : null;
    }

    public String sortField() {
        String field = sort == null ? "" : sort.split(",")[0].strip();
        return SORTABLE.contains(field) ? field : DEFAULT_SORT;
    }

    public boolean descending() {
        return sort != null && sort.toLowerCase(Locale.ROOT).endsWith(",desc") && SORTABLE.contains(sort.split(",")[0].strip());
    }

    int pageNumber() {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether any filter narrows the list. */
    public boolean narrowed() {
        return text() != null || regionValue() != null || highTechValue() != null;
    }

    Pageable pageable(int size) {
        Sort order = Sort.by(descending() ? Sort.Direction.DESC : Sort.Direction.ASC, sortField()).and(Sort.by("id"));
        return PageRequest.of(pageNumber(), size, order);
    }

    /** This list on another page, same filters and order. */
    public String pageUrl(String path, int number) {
        return url(path, sortParameter(), number);
    }

    /** This list sorted by {@code field}: ascending first, the other way round when it is already sorted by it. */
    public String sortUrl(String path, String field) {
        boolean flip = field.equals(sortField()) && !descending();
        return url(path, field + (flip ? ",desc" : ",asc"), 0);
    }

    /** As {@link #sortUrl(String, String)} on the enterprise list, for fragments/registry :: sortable. */
    public String sortUrl(String field) {
        return sortUrl(EnterpriseListPageController.PATH, field);
    }

    /** The column's {@code aria-sort}: ascending, descending, or null when the list is not sorted by it. */
    public String ariaSort(String field) {
        if (!field.equals(sortField())) {
            return null;
        }
        return descending() ? "descending" : "ascending";
    }

    private String sortParameter() {
        return sortField() + (descending() ? ",desc" : ",asc");
    }

    private String url(String path, String sortValue, int number) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        if (text() != null) {
            builder.queryParam("q", text());
        }
        if (regionValue() != null) {
            builder.queryParam("region", regionValue());
        }
        if (highTechValue() != null) {
            builder.queryParam("highTech", highTechValue());
        }
        builder.queryParam("sort", sortValue);
        if (number > 0) {
            builder.queryParam("page", number);
        }
        return builder.encode().build().toUriString();
    }
}
