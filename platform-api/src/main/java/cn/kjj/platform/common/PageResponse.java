package cn.kjj.platform.common;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a list, as every list of the API answers it:
 * {@code {"content": [...], "page": {"size", "number", "totalElements", "totalPages"}}}.
 */
@Schema(description = "One page of a list")
public record PageResponse<T>(
        @Schema(description = "The items of this page") List<T> content,
        @Schema(description = "Where this page lies in the whole list") PageMetadata page) {

    @Schema(name = "PageMetadata")
    public record PageMetadata(
            @Schema(description = "Requested page size", example = "20") int size,
            @Schema(description = "Zero-based page number", example = "0") int number,
            @Schema(description = "Items in the whole list", example = "57") long totalElements,
            @Schema(description = "Pages in the whole list", example = "3") int totalPages) {
    }

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), new PageMetadata(page.getSize(), page.getNumber(),
                page.getTotalElements(), page.getTotalPages()));
    }

    public static <S, T> PageResponse<T> of(Page<S> page, Function<? super S, ? extends T> mapper) {
        return of(page.map(mapper::apply));
    }
}
