package cn.kjj.platform.matching;

import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading demands within the reader's scope: one, or a page searched by words (ranked) or newest first. */
@Service
public class DemandQueries {

    /** The fields a demand list may be sorted by (without a {@code q}: with one, best match first). */
    public static final Set<String> SORTABLE = Set.of("publishedOn", "deadline", "budget", "title");

    private final DemandAccess access;
    private final WordSearch words;
    private final RegionScope scope;

    DemandQueries(DemandAccess access, WordSearch words, RegionScope scope) {
        this.access = access;
        this.words = words;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    public DemandView get(AccountPrincipal reader, long id) {
        return access.views(reader, List.of(access.readable(reader, id))).get(0);
    }

    /**
     * The demands the reader sees in {@code region} (and below; unknown is 404) with every word of
     * {@code q}, of the field and status asked for; best match first, else in the pageable's order
     * ({@link #SORTABLE}), else newest first.
     */
    @Transactional(readOnly = true)
    public Page<DemandView> search(AccountPrincipal reader, String region, String q, TechnologyField field,
                                   DemandStatus status, Pageable pageable) {
        Page<Long> ids = words.demands(ChineseWords.of(q), access.regions(reader).and(scope.filter(region)),
                access.enterprise(reader), field, status, pageable);
        Map<Long, Demand> found = access.byId(ids.getContent());
        return new PageImpl<>(access.views(reader, ids.getContent().stream().map(found::get).toList()), pageable,
                ids.getTotalElements());
    }
}
