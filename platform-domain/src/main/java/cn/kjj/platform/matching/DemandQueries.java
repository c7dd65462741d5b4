package cn.kjj.platform.matching;

import cn.kjj.platform.audit.AuditTrail;
import cn.kjj.platform.audit.RecordChange;
import cn.kjj.platform.common.AccessDeniedToRecordException;
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

/**
 * Reading demands within the reader's scope: one, a page searched by words (ranked) or newest first,
 * or one's change history.
 */
@Service
public class DemandQueries {

    /** The fields a demand list may be sorted by (without a {@code q}: with one, best match first). */
    public static final Set<String> SORTABLE = Set.of("publishedOn", "deadline", "budget", "title");

    static final String ENTITY = "demand";

    /** The fields of a demand's history, in the order its form shows them. */
    public static final List<String> HISTORY_FIELDS = List.of("title", "field", "budget", "deadline", "summary",
            "status");

    private final DemandAccess access;
    private final WordSearch words;
    private final RegionScope scope;
    private final AuditTrail trail;

    DemandQueries(DemandAccess access, WordSearch words, RegionScope scope, AuditTrail trail) {
        this.access = access;
        this.words = words;
        this.scope = scope;
        this.trail = trail;
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

    /**
     * The demand's changes, oldest first: for its enterprise, the officials of its region and
     * administrators (404 for whoever does not see the demand); analysts 403, as for every
     * registry, since the history names the people who made each change.
     */
    @Transactional(readOnly = true)
    public List<RecordChange> history(AccountPrincipal reader, long id) {
        Demand demand = access.readable(reader, id);
        if (!canReadHistory(reader, demand.getEnterpriseId(), demand.getRegionCode())) {
            throw new AccessDeniedToRecordException("error.registry.historyForbidden",
                    "the change history of demand " + id + " is not available to your role");
        }
        return trail.of(ENTITY, id).stream().map(e -> RecordChange.of(ENTITY, id, e)).toList();
    }

    /** Whether the reader sees this demand's history: its enterprise, or whoever may write in its region. */
    public boolean canReadHistory(AccountPrincipal reader, DemandView demand) {
        return canReadHistory(reader, demand.enterpriseId(), demand.regionCode());
    }

    private boolean canReadHistory(AccountPrincipal reader, Long enterpriseId, String regionCode) {
        return (reader.actsForEnterprise() && enterpriseId.equals(reader.enterpriseId()))
                || scope.canWrite(reader, regionCode);
    }
}
