package cn.kjj.platform.matching;

import cn.kjj.platform.contract.TechnologyField;
import java.util.List;

/**
 * Why a pair was suggested: the same technology field, or words that both texts use.
 *
 * @param field the field both are in ({@link Kind#SAME_FIELD})
 * @param words the words both use, the demand's order ({@link Kind#SHARED_WORDS})
 */
public record MatchReason(Kind kind, TechnologyField field, List<String> words) {

    public enum Kind { SAME_FIELD, SHARED_WORDS }

    /** The reasons a demand and an achievement make a pair: at most eight shared words. */
    static List<MatchReason> of(Demand demand, Achievement achievement) {
        List<String> shared = demand.words().stream().filter(achievement.words()::contains).limit(8).toList();
        List<MatchReason> reasons = new java.util.ArrayList<>();
        if (demand.getField() == achievement.getField()) {
            reasons.add(new MatchReason(Kind.SAME_FIELD, demand.getField(), List.of()));
        }
        if (!shared.isEmpty()) {
            reasons.add(new MatchReason(Kind.SHARED_WORDS, null, shared));
        }
        return reasons;
    }
}
