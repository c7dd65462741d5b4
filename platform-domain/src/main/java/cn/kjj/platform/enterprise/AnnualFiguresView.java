package cn.kjj.platform.enterprise;

import java.time.Instant;

/** An enterprise's figures of a year as the faces show them; {@code version} is the ETag. */
public record AnnualFiguresView(long enterpriseId, int year, AnnualFigures figures,
                                Instant updatedAt, long version) {

    static AnnualFiguresView of(EnterpriseAnnualFigures row) {
        return new AnnualFiguresView(row.getEnterpriseId(), row.getYear(), row.getFigures(), row.getUpdatedAt(),
                row.getVersion());
    }
}
