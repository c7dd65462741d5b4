package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.identity.AccountPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The high-tech candidates (decision 0037, ranked in the database since decision 0050, from verdicts stored under
 * a fingerprint of the thresholds since decision 0058): enterprises not yet
 * high-tech that meet or nearly meet the conditions judged from their figures. The database ranks and pages
 * ({@link HighTechCandidateStore}); the page's enterprises are judged here by {@link HighTechJudgement}, the one
 * place the rules live, and shown as judged.
 */
@Service
public class HighTechCandidates {

    private final HighTechCandidateStore store;
    private final EnterpriseRepository enterprises;
    private final EnterpriseAnnualFiguresRepository figures;
    private final EnterpriseAccess access;
    private final HighTechThresholds thresholds;
    private final Clock clock;
    private final int maxNotMet;

    HighTechCandidates(HighTechCandidateStore store, EnterpriseRepository enterprises,
                       EnterpriseAnnualFiguresRepository figures, EnterpriseAccess access, HighTechThresholds thresholds,
                       Clock clock, @Value("${platform.high-tech.candidates-max-not-met:2}") int maxNotMet) {
        this.store = store;
        this.enterprises = enterprises;
        this.figures = figures;
        this.access = access;
        this.thresholds = thresholds;
        this.clock = clock;
        this.maxNotMet = maxNotMet;
    }

    /** Candidates fail at most this many conditions judged from their figures (setting, default 2). */
    public int maxNotMet() {
        return maxNotMet;
    }

    /**
     * Enterprises of the reader's scope (in {@code region} and below when given) without a high-tech
     * certificate in force today and with figures of the year before {@code batchYear} (default this
     * year), that fail at most {@link #maxNotMet()} of the conditions judged from their figures: those
     * failing fewest first, then those with fewest unknown, then by id. Officials, analysts and
     * administrators (403 for enterprises).
     */
    @Transactional(readOnly = true)
    public List<HighTechCandidate> candidates(AccountPrincipal reader, String region, Integer batchYear, int limit) {
        if (!reader.readsEveryRegion() && reader.officialRegion() == null) {
            throw new AccessDeniedToRecordException("error.highTechReport.forbidden", "the candidates are for the staff");
        }
        LocalDate today = EnterpriseRegistry.today(clock);
        int batch = batchYear == null ? today.getYear() : batchYear;
        List<HighTechCandidateStore.Ranked> ranked = store.rank(access.where(reader, region), batch - 1, today,
                thresholds, maxNotMet, Math.max(limit, 0));
        if (ranked.isEmpty()) {
            return List.of();
        }
        List<Long> ids = ranked.stream().map(HighTechCandidateStore.Ranked::enterpriseId).toList();
        Map<Long, Enterprise> byId = enterprises.findAllById(ids).stream()
                .collect(Collectors.toMap(Enterprise::getId, Function.identity()));
        Map<Long, Map<Integer, AnnualFigures>> years = new HashMap<>();
        figures.findByEnterpriseIdInAndYearBetween(ids, batch - 3, batch - 1).forEach(f -> years
                .computeIfAbsent(f.getEnterpriseId(), k -> new HashMap<>()).put(f.getYear(), f.getFigures()));
        List<HighTechCandidate> candidates = new ArrayList<>();
        for (long id : ids) {
            Enterprise e = byId.get(id);
            HighTechJudgement j = HighTechJudgement.judge(batch, e.getFoundedOn(), e.getIndustry(),
                    years.getOrDefault(id, Map.of()), null, today, thresholds);
            candidates.add(new HighTechCandidate(id, e.getName(), e.getRegionCode(), j.count(true), j.count(false),
                    j.count(null), j.criteria()));
        }
        candidates.sort(Comparator.comparingLong(HighTechCandidate::notMet)
                .thenComparingLong(HighTechCandidate::unknown).thenComparingLong(HighTechCandidate::enterpriseId));
        return candidates;
    }
}
