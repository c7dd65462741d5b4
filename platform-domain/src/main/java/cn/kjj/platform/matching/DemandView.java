package cn.kjj.platform.matching;

import cn.kjj.platform.contract.TechnologyField;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A demand as the faces show it.
 *
 * @param editable whether the reader may change or close it (its own enterprise, while open)
 */
public record DemandView(Long id, Long enterpriseId, String enterpriseName, String regionCode, String title,
                         TechnologyField field, String summary, BigDecimal budget, LocalDate deadline,
                         DemandStatus status, LocalDate publishedOn, LocalDate closedOn, long version,
                         boolean editable) {

    /** The demand's name in lists that link a record by its name: its title. */
    public String name() {
        return title;
    }

    static DemandView of(Demand d, String enterpriseName, boolean editable) {
        return new DemandView(d.getId(), d.getEnterpriseId(), enterpriseName, d.getRegionCode(), d.getTitle(),
                d.getField(), d.getSummary(), d.getBudget(), d.getDeadline(), d.getStatus(), d.getPublishedOn(),
                d.getClosedOn(), d.getVersion(), editable && d.getStatus() == DemandStatus.OPEN);
    }
}
