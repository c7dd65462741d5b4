package cn.kjj.platform.report;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.dashboard.DashboardAccess;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.indicator.ElsewhereCell;
import cn.kjj.platform.indicator.IndicatorPoint;
import cn.kjj.platform.indicator.IndicatorService;
import cn.kjj.platform.indicator.Period;
import cn.kjj.platform.indicator.Perspective;
import cn.kjj.platform.indicator.TurnoverDimension;
import cn.kjj.platform.region.RegionView;
import cn.kjj.platform.report.TechnologyMarketReport.Elsewhere;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly technology-market tables of a region, read from the contract-turnover indicator (its roll-ups,
 * never the contracts): one call per perspective and dimension, each a year's period; the absorption side's part
 * registered at other offices from the imported rows of the year (decision 0036, V38). Readers as for the
 * dashboard and the annual report ({@link DashboardAccess}): officials of the region or above, ADMIN, ANALYST.
 */
@Service
@Transactional(readOnly = true)
public class TechnologyMarketService {

    private final DashboardAccess access;
    private final IndicatorService indicators;
    private final Clock clock;

    TechnologyMarketService(DashboardAccess access, IndicatorService indicators, Clock clock) {
        this.access = access;
        this.indicators = indicators;
        this.clock = clock;
    }

    /** The tables of {@code region} (default: the reader's) for {@code year} (default: last year; 400 if future). */
    public TechnologyMarketReport report(AccountPrincipal reader, String region, Integer year) {
        RegionView r = access.region(reader, region);
        int y = AnnualReportService.reportYear(year, clock);
        List<TechnologyMarketReport.Side> sides = new ArrayList<>();
        for (Perspective perspective : Perspective.values()) {
            sides.add(side(r.code(), y, perspective));
        }
        return new TechnologyMarketReport(r.code(), r.name(), y, List.copyOf(sides));
    }

    /**
     * A side's total and tables; on the absorption side each figure carries its part registered elsewhere, read
     * once for the year (keyed by dimension and group; the total's is the sum of the TYPE table's, as every import
     * has a type).
     */
    private TechnologyMarketReport.Side side(String region, int year, Perspective perspective) {
        Map<String, Elsewhere> elsewhere = null;
        if (perspective == Perspective.BUYER) {
            elsewhere = new HashMap<>();
            Elsewhere all = Elsewhere.NONE;
            for (ElsewhereCell c : indicators.absorbedFromElsewhere(region, year)) {
                elsewhere.put(c.dimension() + "/" + c.group(), Elsewhere.NONE.plus(c.count(), c.contractAmount(),
                        c.techTransactionAmount()));
                if (c.dimension() == TurnoverDimension.TYPE) {
                    all = all.plus(c.count(), c.contractAmount(), c.techTransactionAmount());
                }
            }
            elsewhere.put("", all);
        }
        IndicatorPoint.Turnover total = turnover(region, year, perspective, null).get(0);
        List<TechnologyMarketReport.Table> tables = new ArrayList<>();
        for (TurnoverDimension by : TurnoverDimension.values()) {
            List<IndicatorPoint.Turnover> points = turnover(region, year, perspective, by);
            List<TechnologyMarketReport.Figures> rows = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                rows.add(figures(points.get(i), (Named) by.groupConstants().get(i), region, year, perspective, by,
                        part(elsewhere, by + "/" + points.get(i).group())));
            }
            tables.add(new TechnologyMarketReport.Table(by, by.nameZh(), by.nameEn(), List.copyOf(rows)));
        }
        return new TechnologyMarketReport.Side(perspective, figures(total, null, region, year, perspective, null,
                part(elsewhere, "")), List.copyOf(tables));
    }

    private static Elsewhere part(Map<String, Elsewhere> elsewhere, String key) {
        return elsewhere == null ? null : elsewhere.getOrDefault(key, Elsewhere.NONE);
    }

    private List<IndicatorPoint.Turnover> turnover(String region, int year, Perspective perspective,
                                                   TurnoverDimension by) {
        return indicators.contractTurnover(region, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Period.YEAR,
                perspective, by == null ? null : by.name()).series();
    }

    private static TechnologyMarketReport.Figures figures(IndicatorPoint.Turnover p, Named group, String region,
                                                          int year, Perspective perspective, TurnoverDimension by,
                                                          Elsewhere elsewhere) {
        return new TechnologyMarketReport.Figures(p.group(), group == null ? null : group.nameZh(),
                group == null ? null : group.nameEn(), p.count(), p.contractAmount(), p.techTransactionAmount(),
                TechnologyMarketReport.lineage(region, year, perspective, by, p.group()), elsewhere);
    }
}
