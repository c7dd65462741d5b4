package cn.kjj.platform.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A call as the faces show it, with what it approved and what remains of its budget (yuan); for an open
 * competition its prize (reserved in the budget until {@code winnerApplicationId} is named).
 *
 * @param open     whether it takes applications today
 * @param closedAt when its office closed it before its window ended, else null
 */
public record CallView(Long id, Long programId, String title, LocalDate opensOn, LocalDate closesOn,
                       BigDecimal budget, BigDecimal approvedTotal, BigDecimal remainingBudget,
                       CallEligibility eligibility, List<String> requiredDocuments, String guidelines,
                       boolean open, Instant closedAt, Instant createdAt, long version, BigDecimal prize,
                       Long winnerApplicationId) {

    static CallView of(ProgramCall c, LocalDate today) {
        return new CallView(c.getId(), c.getProgramId(), c.getTitle(), c.getOpensOn(), c.getClosesOn(), c.getBudget(),
                c.getApprovedTotal(), c.remainingBudget(), c.getEligibility(), c.getRequiredDocuments(),
                c.getGuidelines(), c.isOpenOn(today), c.getClosedAt(), c.getCreatedAt(), c.getVersion(), c.getPrize(),
                c.getWinnerApplicationId());
    }
}
