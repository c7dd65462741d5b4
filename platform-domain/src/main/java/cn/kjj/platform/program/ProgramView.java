package cn.kjj.platform.program;

import cn.kjj.platform.registry.RegistryView;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A policy program as the faces show it: its budget, what is awarded, what approved applications
 * were granted and what remains (yuan).
 *
 * @param editable whether the reader may change it and award from it (an official of its region,
 *                 an administrator)
 */
public record ProgramView(Long id, String name, ProgramKind kind, String regionCode, int year, BigDecimal budget,
                          BigDecimal awardedTotal, BigDecimal remainingBudget, String description,
                          Instant createdAt, Instant updatedAt, long version, boolean editable,
                          BigDecimal approvedTotal)
        implements RegistryView {

    static ProgramView of(Program p, boolean editable) {
        return new ProgramView(p.getId(), p.getName(), p.getKind(), p.getRegionCode(), p.getYear(), p.getBudget(),
                p.getAwardedTotal(), p.remainingBudget(), p.getDescription(), p.getCreatedAt(), p.getUpdatedAt(),
                p.getVersion(), editable, p.getApprovedTotal());
    }
}
