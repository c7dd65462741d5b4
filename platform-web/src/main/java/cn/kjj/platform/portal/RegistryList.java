package cn.kjj.platform.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The paging and sorting of a registry list page, and the links that keep its filters: a column
 * header sorts by its field (again: the other way round), the pager turns pages. A sort the list
 * does not offer falls back to the default rather than failing, since it can only come from an
 * edited address.
 */
public final class RegistryList {

    public static final int PAGE_SIZE = 20;

    private final String path;
    private final MultiValueMap<String, String> params;
    private final Sort.Order order;
    private final int page;
    private final boolean orderInPageLinks;

    private RegistryList(String path, MultiValueMap<String, String> params, Sort.Order order, int page,
                         boolean orderInPageLinks) {
        this.path = path;
        this.params = params;
        this.order = order;
        this.page = page;
        this.orderInPageLinks = orderInPageLinks;
    }

    /** The same list whose page links always say its order ({@code sort=name,asc}), as the enterprise list's do. */
    public RegistryList withOrderInPageLinks() {
        return new RegistryList(path, params, order, page, true);
    }

    /** Reads {@code sort=field,asc|desc} and {@code page} from the request; {@code sortable} are the offered fields. */
    public static RegistryList of(HttpServletRequest request, Set<String> sortable, Sort.Order defaultOrder) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            for (String value : e.getValue()) {
                if (value != null && !value.isBlank() && !e.getKey().startsWith("_")) {
                    params.add(e.getKey(), value);
                }
            }
        }
        Sort.Order order = parse(params.getFirst("sort"), sortable, defaultOrder);
        int page = 0;
        String pageText = params.getFirst("page");
        if (pageText != null && pageText.matches("[0-9]{1,6}")) {
            page = Integer.parseInt(pageText);
        }
        return new RegistryList(request.getRequestURI().substring(request.getContextPath().length()), params,
                order, page, false);
    }

    private static Sort.Order parse(String sort, Set<String> sortable, Sort.Order defaultOrder) {
        if (sort == null) {
            return defaultOrder;
        }
        String[] parts = sort.split(",");
        if (!sortable.contains(parts[0].strip())) {
            return defaultOrder;
        }
        boolean desc = parts.length > 1 && parts[1].strip().toLowerCase(Locale.ROOT).equals("desc");
        return desc ? Sort.Order.desc(parts[0].strip()) : Sort.Order.asc(parts[0].strip());
    }

    /** The page request: this order, then id for a stable order across pages. */
    public Pageable pageable() {
        return pageable(PAGE_SIZE);
    }

    /** As {@link #pageable()} with pages of {@code size} rows. */
    public Pageable pageable(int size) {
        return PageRequest.of(page, size, Sort.by(order, Sort.Order.asc("id")));
    }

    /** Whether any filter (anything but paging and sorting) narrows the list. */
    public boolean filtered() {
        return params.keySet().stream().anyMatch(k -> !k.equals("sort") && !k.equals("page") && !k.equals("lang"));
    }

    /** The address that sorts by {@code field}: ascending, or descending when already ascending by it. */
    public String sortUrl(String field) {
        boolean flip = order.getProperty().equals(field) && order.isAscending();
        return link(Map.of("sort", field + "," + (flip ? "desc" : "asc")), true);
    }

    /** {@code ascending}/{@code descending} for the column the list is sorted by, else null (aria-sort). */
    public String ariaSort(String field) {
        if (!order.getProperty().equals(field)) {
            return null;
        }
        return order.isAscending() ? "ascending" : "descending";
    }

    /** The address of page {@code number} (zero-based) with the same filters and order. */
    public String pageUrl(int number) {
        Map<String, String> replace = new LinkedHashMap<>();
        if (orderInPageLinks) {
            replace.put("sort", order());
        }
        replace.put("page", String.valueOf(number));
        return link(replace, false);
    }

    /** The list's order as its {@code sort} parameter says it: {@code name,asc}. */
    public String order() {
        return order.getProperty() + (order.isAscending() ? ",asc" : ",desc");
    }

    /** The value of a filter parameter as sent, or null. */
    public String param(String name) {
        return params.getFirst(name);
    }

    public String path() {
        return path;
    }

    private String link(Map<String, String> replace, boolean resetPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        params.forEach((key, values) -> {
            if (!replace.containsKey(key) && !(resetPage && key.equals("page")) && !key.equals("lang")) {
                values.forEach(v -> uri.queryParam(key, v));
            }
        });
        replace.forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }
}
