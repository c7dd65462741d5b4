package cn.kjj.platform.common;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list whose total was counted only up to a cap: when {@link #totalCapped()} is true there
 * are more than {@link #getTotalElements()} records, and only that many can be paged through (the
 * achievement word search of decision 0049). The API says so as {@code page.totalCapped}, the portal as
 * "more than …".
 */
public class CappedPage<T> extends PageImpl<T> {

    private final boolean totalCapped;

    public CappedPage(List<T> content, Pageable pageable, long total, boolean totalCapped) {
        super(content, pageable, total);
        this.totalCapped = totalCapped;
    }

    /** Whether the total is the cap rather than the count: there are more. */
    public boolean totalCapped() {
        return totalCapped;
    }

    /** Whether this page's total is a cap ({@code false} for any other page). */
    public static boolean isCapped(Page<?> page) {
        return page instanceof CappedPage<?> capped && capped.totalCapped;
    }

    /** The same page of other items (the ids' records), its total and cap kept. */
    public static <S, T> Page<T> of(Page<S> page, List<T> content) {
        return isCapped(page) ? new CappedPage<>(content, page.getPageable(), page.getTotalElements(), true)
                : new PageImpl<>(content, page.getPageable(), page.getTotalElements());
    }

    @Override
    public <U> Page<U> map(Function<? super T, ? extends U> converter) {
        return new CappedPage<>(getContent().stream().<U>map(converter).toList(), getPageable(), getTotalElements(),
                totalCapped);
    }
}
