package cn.kjj.platform.matching;

import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.identity.AccountPrincipal;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The filters of the demand list, its JSON and its export alike. */
record DemandListParameters(
        @Parameter(description = "A region code; a city includes its districts") String region,
        @Parameter(description = "Words (segmented Chinese) that must all occur in the title or summary") String q,
        @Parameter(description = "Technology field") TechnologyField field,
        @Parameter(description = "OPEN or CLOSED") DemandStatus status) {

    Page<DemandView> search(DemandQueries queries, AccountPrincipal me, Pageable pageable) {
        return queries.search(me, region, q, field, status, pageable);
    }
}
