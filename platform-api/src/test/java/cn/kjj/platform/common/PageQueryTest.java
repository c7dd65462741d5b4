package cn.kjj.platform.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class PageQueryTest {

    private static final Set<String> SORTABLE = Set.of("id", "username");

    @Test
    void theFirstPageHas20ItemsInTheDefaultOrderThenById() {
        Pageable pageable = PageQuery.firstPage().toPageable(Sort.by("username"), SORTABLE);

        assertThat(pageable.getPageNumber()).isZero();
        assertThat(pageable.getPageSize()).isEqualTo(20);
        assertThat(pageable.getSort()).containsExactly(Sort.Order.asc("username"), Sort.Order.asc("id"));
    }

    @Test
    void aSingleSortParameterSplitAtItsCommaStillReadsAsFieldAndDirection() {
        Pageable pageable = new PageQuery(2, 50, List.of("username", "desc")).toPageable(Sort.unsorted(), SORTABLE);

        assertThat(pageable.getPageNumber()).isEqualTo(2);
        assertThat(pageable.getSort()).containsExactly(Sort.Order.desc("username"), Sort.Order.asc("id"));
    }

    @Test
    void repeatedSortParametersAreKeptInOrder() {
        Pageable pageable = new PageQuery(0, 10, List.of("id,desc", "username")).toPageable(Sort.unsorted(), SORTABLE);

        assertThat(pageable.getSort()).containsExactly(Sort.Order.desc("id"), Sort.Order.asc("username"));
    }

    @Test
    void sizesOutside1To200AndNegativePagesAreRefusedTogether() {
        assertThatThrownBy(() -> new PageQuery(-1, 201, null).toPageable(Sort.unsorted(), SORTABLE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("page", "size"));
        assertThatThrownBy(() -> new PageQuery(0, 0, null).toPageable(Sort.unsorted(), SORTABLE))
                .isInstanceOf(InvalidInputException.class);
        assertThat(new PageQuery(0, 200, null).toPageable(Sort.unsorted(), SORTABLE).getPageSize()).isEqualTo(200);
    }

    @Test
    void aFieldTheListDoesNotOfferCannotBeSortedBy() {
        assertThatThrownBy(() -> new PageQuery(0, 10, List.of("passwordHash")).toPageable(Sort.unsorted(), SORTABLE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::code).containsExactly("error.page.sort"));
    }
}
