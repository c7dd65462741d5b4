package cn.kjj.platform.matching;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionScope.Readers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggested pairs of demands and achievements, each scored (same field 0.5, plus the rank of the
 * shared words) and with its reasons: for a demand, the achievements; for an achievement, the open
 * demands; for an official, the region's open demands with a good match and no meeting yet.
 */
@Service
public class Matching {

    /** Twenty suggestions at most; a pair below this score is not worth an official's call. */
    static final int LIMIT = 20;
    static final BigDecimal WORTH_A_CALL = new BigDecimal("0.55");

    private final WordSearch words;
    private final DemandAccess demands;
    private final AchievementRepository achievements;
    private final AchievementQueries achievementQueries;
    private final RegionScope scope;

    Matching(WordSearch words, DemandAccess demands, AchievementRepository achievements,
             AchievementQueries achievementQueries, RegionScope scope) {
        this.words = words;
        this.demands = demands;
        this.achievements = achievements;
        this.achievementQueries = achievementQueries;
        this.scope = scope;
    }

    /** An achievement suggested for a demand. */
    public record AchievementMatch(AchievementView achievement, BigDecimal score, List<MatchReason> reasons) {
    }

    /** A demand an achievement could serve. */
    public record DemandMatch(DemandView demand, BigDecimal score, List<MatchReason> reasons) {
    }

    /** A pair an official might broker. */
    public record SuggestedPair(DemandView demand, AchievementView achievement, BigDecimal score,
                                List<MatchReason> reasons) {
    }

    /** The achievements the reader sees for a demand it sees (404 otherwise), best first. */
    @Transactional(readOnly = true)
    public List<AchievementMatch> forDemand(AccountPrincipal reader, long demandId) {
        Demand demand = demands.readable(reader, demandId);
        List<WordSearch.Scored> scored = words.achievementsFor(demandId, scope.readable(reader, Readers.EVERYONE),
                LIMIT);
        Map<Long, Achievement> found = achievementsById(scored.stream().map(WordSearch.Scored::id).toList());
        List<AchievementView> views = achievementQueries.views(reader, scored.stream().map(WordSearch.Scored::id)
                .toList());
        return java.util.stream.IntStream.range(0, scored.size()).mapToObj(i -> new AchievementMatch(views.get(i),
                scored.get(i).score(), MatchReason.of(demand, found.get(scored.get(i).id())))).toList();
    }

    /** The open demands the reader sees that an achievement it sees (404 otherwise) could serve, best first. */
    @Transactional(readOnly = true)
    public List<DemandMatch> forAchievement(AccountPrincipal reader, long achievementId) {
        achievementQueries.get(reader, achievementId);
        Achievement achievement = achievements.findById(achievementId).orElseThrow();
        List<WordSearch.Scored> scored = words.demandsFor(achievementId, demands.regions(reader), LIMIT);
        Map<Long, Demand> found = demands.byId(scored.stream().map(WordSearch.Scored::id).toList());
        List<WordSearch.Scored> visible = scored.stream().filter(s -> demands.canRead(reader, found.get(s.id())))
                .toList();
        List<DemandView> views = demands.views(reader, visible.stream().map(s -> found.get(s.id())).toList());
        return java.util.stream.IntStream.range(0, visible.size()).mapToObj(i -> new DemandMatch(views.get(i),
                visible.get(i).score(), MatchReason.of(found.get(visible.get(i).id()), achievement))).toList();
    }

    /** The region's open demands with a match worth a call and no meeting yet: staff only (403 otherwise). */
    @Transactional(readOnly = true)
    public List<SuggestedPair> unbrokered(AccountPrincipal reader, String region) {
        RegionScope.requireReader(reader);
        List<WordSearch.Pair> pairs = words.unbrokered(scope.readable(reader).and(scope.filter(region)),
                WORTH_A_CALL, 50);
        Map<Long, Demand> demandsById = demands.byId(pairs.stream().map(WordSearch.Pair::demandId).toList());
        Map<Long, Achievement> achievementsById = achievementsById(pairs.stream()
                .map(WordSearch.Pair::achievementId).toList());
        Map<Long, DemandView> demandViews = demands.views(reader, demandsById.values()).stream()
                .collect(Collectors.toMap(DemandView::id, Function.identity()));
        return pairs.stream().map(p -> {
            Demand d = demandsById.get(p.demandId());
            Achievement a = achievementsById.get(p.achievementId());
            return new SuggestedPair(demandViews.get(d.getId()), AchievementView.of(a,
                    scope.canWrite(reader, a.getRegionCode())), p.score(), MatchReason.of(d, a));
        }).toList();
    }

    private Map<Long, Achievement> achievementsById(List<Long> ids) {
        return achievements.findAllById(ids).stream().collect(Collectors.toMap(Achievement::getId,
                Function.identity()));
    }
}
