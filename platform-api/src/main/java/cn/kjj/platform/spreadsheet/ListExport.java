package cn.kjj.platform.spreadsheet;

import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.PageQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;

/**
 * The export of a paged list: the same filters and order as its JSON, without paging, read from
 * the database {@value #CHUNK} rows at a time while the file is written. A result of more than
 * {@link SpreadsheetExport#MAX_ROWS} rows is refused (400) before anything is written, rather
 * than cut short, so that nobody takes a partial export for the whole list.
 *
 * <p>A list controller adds two small handler methods, one for {@code Accept: text/csv} or the
 * XLSX type ({@code produces = {TEXT_CSV, XLSX_MEDIA_TYPE}}), one for {@code ?format=csv|xlsx}
 * ({@code params = "format"}), both calling {@link #send}.
 */
public final class ListExport {

    static final int CHUNK = 1_000;
    /** The query parameter that asks for an export whatever the {@code Accept} header says. */
    public static final String FORMAT = "format";

    private ListExport() {
    }

    /**
     * Writes the rows of {@code query} (called with successive pages in the order {@code page}
     * asks for, else {@code defaultSort}) as the requested file named {@code filenameBase}.
     */
    public static <T> void send(HttpServletRequest request, HttpServletResponse response, String filenameBase,
                                List<ExportColumn<T>> columns, PageQuery page, Sort defaultSort,
                                Set<String> sortable, Function<Pageable, Page<T>> query) throws IOException {
        SpreadsheetFormat format = format(request);
        Sort order = new PageQuery(0, PageQuery.MAX_SIZE, page == null ? null : page.sort())
                .toPageable(defaultSort, sortable).getSort();
        Page<T> first = query.apply(PageRequest.of(0, CHUNK, order));
        requireWithinLimit(first.getTotalElements());
        SpreadsheetExport.send(response, format, filenameBase, columns, () -> new PagedRows<>(first, query));
    }

    /** As {@link #send} for a list that is not paged (already complete). */
    public static <T> void send(HttpServletRequest request, HttpServletResponse response, String filenameBase,
                                List<ExportColumn<T>> columns, List<T> rows) throws IOException {
        SpreadsheetFormat format = format(request);
        requireWithinLimit(rows.size());
        SpreadsheetExport.send(response, format, filenameBase, columns, rows);
    }

    /** {@code ?format=} first, then the {@code Accept} header; an unknown format is a 400. */
    static SpreadsheetFormat format(HttpServletRequest request) {
        String named = request.getParameter(FORMAT);
        return SpreadsheetFormat.requested(named, named == null ? request.getHeader(HttpHeaders.ACCEPT) : null)
                .orElseThrow(() -> InvalidInputException.forField(FORMAT, "error.export.format",
                        "must be csv or xlsx"));
    }

    private static void requireWithinLimit(long rows) {
        if (rows > SpreadsheetExport.MAX_ROWS) {
            throw InvalidInputException.forField(FORMAT, "error.export.tooManyRows",
                    "the list has more than " + SpreadsheetExport.MAX_ROWS + " rows: narrow the filters");
        }
    }

    /** The rows of every page, the next page read when the previous one is used up. */
    private static final class PagedRows<T> implements Iterator<T> {
        private final Function<Pageable, Page<T>> query;
        private Page<T> page;
        private Iterator<T> rows;

        PagedRows(Page<T> first, Function<Pageable, Page<T>> query) {
            this.query = query;
            this.page = first;
            this.rows = first.iterator();
        }

        @Override
        public boolean hasNext() {
            while (!rows.hasNext() && page.hasNext()) {
                page = query.apply(page.nextPageable());
                rows = page.iterator();
            }
            return rows.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return rows.next();
        }
    }
}
