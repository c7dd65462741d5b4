package cn.kjj.platform.matching;

import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.region.Regions;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Full-text questions over achievements and demands, answered by PostgreSQL over the words that
 * {@link ChineseWords} stored (persistence holds the SQL). A query's words must all occur; results
 * come best first ({@code ts_rank}, title words weighing more), then newest.
 */
public interface WordSearch {

    /**
     * The achievements in {@code regions} with all the words and the list filters' values
     * ({@code field}, {@code maturity}, {@code holderNature}), as the list shows them (not
     * {@link AchievementView#editable() editable}: the caller knows the reader). A page of a search with more
     * than 1,000 hits is a {@link cn.kjj.platform.common.CappedPage}: its total is the cap and its ranking
     * covers the first 1,000 hits and the title matches (decision 0049); unpaged, every hit is ranked. A page
     * is read in one statement with its ranking and count, only the columns the view shows (decision 0059).
     */
    Page<AchievementView> achievements(List<String> words, Regions regions, Map<String, Object> equal,
                                       Pageable pageable);

    /**
     * Ids of the demands in {@code regions} (of {@code enterprise}, {@code field}, {@code status}, when
     * given) with all the words; best match first when there are words, else in the pageable's order
     * (of {@link DemandQueries#SORTABLE} and {@code id}), else newest first.
     */
    Page<Long> demands(List<String> words, Regions regions, Long enterprise, TechnologyField field,
                       DemandStatus status, Pageable pageable);

    /** Achievements in {@code regions} for a demand: same field or any shared word, best first. */
    List<Scored> achievementsFor(long demandId, Regions regions, int limit);

    /** Open demands in {@code regions} an achievement could serve: same field or any shared word, best first. */
    List<Scored> demandsFor(long achievementId, Regions regions, int limit);

    /**
     * For each open demand in {@code regions} with no brokered meeting yet, its best achievement
     * scoring at least {@code minimum}, best pairs first.
     */
    List<Pair> unbrokered(Regions regions, BigDecimal minimum, int limit);

    /** A record and how well it matches: same field 0.5, plus the text's rank. */
    record Scored(long id, BigDecimal score) {
    }

    record Pair(long demandId, long achievementId, BigDecimal score) {
    }
}
