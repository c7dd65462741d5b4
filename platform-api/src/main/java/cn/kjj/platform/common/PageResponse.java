package cn.kjj.platform.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a list, as every list of the API answers it:
 * {@code {"content": [...], "page": {"size", "number", "totalElements", "totalPages"}}}, and
 * {@code "totalCapped": true} in {@code page} when the total is a cap ({@link CappedPage}).
 */
@Schema(description = "One page of a list")
public record PageResponse<T>(
        @Schema(description = "The items of this page") List<T> content,
        @Schema(description = "Where this page lies in the whole list") PageMetadata page) {

    @Schema(name = "PageMetadata")
    public record PageMetadata(
            @Schema(description = "Requested page size", example = "20") int size,
            @Schema(description = "Zero-based page number", example = "0") int number,
            @Schema(description = "Items in the whole list (a cap when totalCapped)", example = "57")
            long totalElements,
            @Schema(description = "Pages in the whole list (up to the cap when totalCapped)", example = "3")
            int totalPages,
            @Schema(description = "Present and true only when the list has more items than totalElements, which is "
                    + "then a cap and the last item that can be paged to (the word search of achievements with "
                    + "more than 1,000 hits, decision 0049)", requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean totalCapped) {
    }

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), new PageMetadata(page.getSize(), page.getNumber(),
                page.getTotalElements(), page.getTotalPages(), CappedPage.isCapped(page)));
    }

    public static <S, T> PageResponse<T> of(Page<S> page, Function<? super S, ? extends T> mapper) {
        return of(page.map(mapper::apply));
    }
}
