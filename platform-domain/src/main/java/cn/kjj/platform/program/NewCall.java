package cn.kjj.platform.program;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A call for applications (申报指南) as an official enters it: its window, budget, who may apply
 * and which documents every application must carry; on an open competition (揭榜挂帅) the challenge's
 * prize, reserved in the budget until a winner is named.
 */
public record NewCall(String title, LocalDate opensOn, LocalDate closesOn, BigDecimal budget, String eligibility,
                      List<String> requiredDocuments, String guidelines, BigDecimal prize) {

    public NewCall(String title, LocalDate opensOn, LocalDate closesOn, BigDecimal budget, String eligibility,
                   List<String> requiredDocuments, String guidelines) {
        this(title, opensOn, closesOn, budget, eligibility, requiredDocuments, guidelines, null);
    }
}
