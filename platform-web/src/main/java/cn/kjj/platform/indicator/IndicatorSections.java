package cn.kjj.platform.indicator;

import static cn.kjj.platform.indicator.IndicatorSection.Column.count;
import static cn.kjj.platform.indicator.IndicatorSection.Column.money;
import static cn.kjj.platform.indicator.IndicatorSection.Column.name;
import static cn.kjj.platform.indicator.IndicatorSection.Column.percent;
import static cn.kjj.platform.indicator.IndicatorSection.Column.period;
import static cn.kjj.platform.indicator.IndicatorSection.Column.plain;

import cn.kjj.platform.indicator.IndicatorPoint.Cultivation;
import cn.kjj.platform.indicator.IndicatorPoint.EnterpriseRdExpense;
import cn.kjj.platform.indicator.IndicatorPoint.Funding;
import cn.kjj.platform.indicator.IndicatorPoint.HighTech;
import cn.kjj.platform.indicator.IndicatorPoint.HighTechFigures;
import cn.kjj.platform.indicator.IndicatorPoint.Matching;
import cn.kjj.platform.indicator.IndicatorPoint.Platforms;
import cn.kjj.platform.indicator.IndicatorPoint.RdIntensity;
import cn.kjj.platform.indicator.IndicatorPoint.RdPlatformCoverage;
import cn.kjj.platform.indicator.IndicatorPoint.TechSmes;
import cn.kjj.platform.indicator.IndicatorPoint.Turnover;
import cn.kjj.platform.indicator.IndicatorSection.Chart;
import cn.kjj.platform.indicator.IndicatorSection.Column;
import cn.kjj.platform.indicator.IndicatorSection.Data;
import java.util.List;

/**
 * The sections of the indicators page in their order: before the targets ({@link #BEFORE_TARGETS}), then the
 * platforms and funding. A new indicator on the page is one entry here and its messages.
 */
final class IndicatorSections {

    private static final String YEAR = "indicators.col.year";

    static final List<IndicatorSection<?>> BEFORE_TARGETS = List.of(
            new IndicatorSection<RdIntensity>(IndicatorCatalogue.RD_INTENSITY, "rd",
                    new Chart("percent-line", "indicators.rd.title", null, "indicators.chart.rd"), period(YEAR),
                    List.of(percent("indicators.col.intensity", RdIntensity::value),
                            money("indicators.col.rdExpenditure", RdIntensity::rdExpenditure),
                            money("indicators.col.gdp", RdIntensity::gdp)),
                    Data.of(RdIntensity::value), false, null),
            new IndicatorSection<Turnover>(IndicatorCatalogue.CONTRACT_TURNOVER, "turnover",
                    new Chart("bar", "indicators.col.contractAmount", "indicators.col.techAmount",
                            "indicators.chart.turnover"), period("indicators.col.period"),
                    List.of(count("indicators.col.count", Turnover::count),
                            money("indicators.col.contractAmount", Turnover::contractAmount),
                            money("indicators.col.techAmount", Turnover::techTransactionAmount)),
                    new Data<>(Turnover::contractAmount, Turnover::techTransactionAmount, Turnover::count, null),
                    true, null),
            new IndicatorSection<HighTech>(IndicatorCatalogue.HIGH_TECH, "highTech",
                    new Chart("bar-line", "indicators.col.stock", "indicators.col.growth", "indicators.chart.highTech"),
                    period(YEAR),
                    List.of(count("indicators.col.stock", HighTech::value), plain("indicators.col.new",
                                    HighTech::newlyCertified), plain("indicators.col.renewed", HighTech::renewed),
                            plain("indicators.col.expired", HighTech::expired),
                            plain("indicators.col.revoked", HighTech::revoked),
                            new Column<HighTech>("indicators.col.growth", true, null, (p, labels, locale) ->
                                    p.growthRate() == null ? "—" : labels.percent(p.growthRate(), locale),
                                    p -> p.growthRate() == null ? null
                                            : p.growthNumerator() + " / " + p.growthDenominator())),
                    new Data<>(HighTech::value, HighTech::growthRate, null, null), true,
                    (summary, labels, locale) -> {
                        IndicatorSummary.Growth g = (IndicatorSummary.Growth) summary;
                        return new Object[] {labels.count(g.first(), locale), labels.count(g.last(), locale),
                                g.growth() == null ? "—" : labels.percent(g.growth().value(), locale),
                                g.cagr() == null ? "—" : labels.percent(g.cagr(), locale)};
                    }),
            new IndicatorSection<TechSmes>(IndicatorCatalogue.TECH_SMES, "techSmes", null, period(YEAR),
                    List.of(count("indicators.col.enterprises", TechSmes::value)), Data.of(TechSmes::value), true,
                    null),
            new IndicatorSection<Matching>(IndicatorCatalogue.TECHNOLOGY_MATCHING, "matching",
                    new Chart("bar", "indicators.col.demandsMatched", "indicators.col.demandsPublished",
                            "indicators.chart.matching"), period(YEAR),
                    List.of(count("indicators.col.demandsPublished", Matching::demandsPublished),
                            count("indicators.col.demandsMatched", Matching::demandsMatched),
                            count("indicators.col.contractsSigned", Matching::contractsSigned),
                            money("indicators.col.matchingTurnover", Matching::turnover)),
                    new Data<>(Matching::demandsMatched, Matching::demandsPublished, null, null), true, null),
            new IndicatorSection<Cultivation>(IndicatorCatalogue.CULTIVATION, "cultivation", null, period(YEAR),
                    List.of(count("cultivation.tier.TECH_SME", Cultivation::techSme),
                            count("cultivation.tier.POOL", Cultivation::pool),
                            count("cultivation.tier.HIGH_TECH", Cultivation::highTech),
                            count("cultivation.tier.GAZELLE", Cultivation::gazelle),
                            count("indicators.col.enterprises", Cultivation::value)),
                    Data.of(Cultivation::value), true, null),
            new IndicatorSection<HighTechFigures>(IndicatorCatalogue.HIGH_TECH_FIGURES, "highTechFigures", null,
                    period(YEAR),
                    List.of(count("indicators.col.enterprises", HighTechFigures::enterprises),
                            count("indicators.col.reported", HighTechFigures::reported),
                            money("indicators.col.revenue", HighTechFigures::revenue),
                            money("indicators.col.profit", HighTechFigures::profit),
                            money("indicators.col.taxPaid", HighTechFigures::taxPaid)),
                    Data.of(HighTechFigures::value), true, null),
            new IndicatorSection<RdPlatformCoverage>(IndicatorCatalogue.RD_PLATFORM_COVERAGE, "rdCoverage", null,
                    period(YEAR),
                    List.of(count("indicators.col.withPlatform", RdPlatformCoverage::withPlatform),
                            count("indicators.col.aboveScaleIndustrial", RdPlatformCoverage::aboveScaleIndustrial),
                            percent("indicators.col.share", RdPlatformCoverage::value)),
                    Data.of(RdPlatformCoverage::value), true, null),
            new IndicatorSection<EnterpriseRdExpense>(IndicatorCatalogue.ENTERPRISE_RD_EXPENSE, "rdExpense", null,
                    period(YEAR),
                    List.of(count("indicators.col.reported", EnterpriseRdExpense::reported),
                            money("indicators.col.enterpriseRd", EnterpriseRdExpense::value),
                            money("indicators.col.statisticsRd", EnterpriseRdExpense::statisticsRdExpenditure),
                            percent("indicators.col.share", EnterpriseRdExpense::share)),
                    Data.of(EnterpriseRdExpense::value), true, null));

    static final List<IndicatorSection<?>> AFTER_TARGETS = List.of(
            new IndicatorSection<Platforms>(IndicatorCatalogue.PLATFORMS, "platforms", null,
                    name("indicators.col.kind", Platforms::kind),
                    List.of(name("indicators.col.level", Platforms::level),
                            count("indicators.col.platforms", Platforms::value),
                            new Column<Platforms>("indicators.col.area", true, null, (p, labels, locale) ->
                                    "INCUBATOR".equals(p.category()) ? labels.money(p.areaSqm(), locale) : "—",
                                    null)),
                    Data.of(Platforms::value), false, (summary, labels, locale) -> {
                        IndicatorSummary.PlatformTotals t = (IndicatorSummary.PlatformTotals) summary;
                        return new Object[] {t.incubators(), t.labs(), labels.money(t.incubationAreaSqm(), locale)};
                    }),
            new IndicatorSection<Funding>(IndicatorCatalogue.FUNDING, "funding", null, period(YEAR),
                    List.of(name("indicators.col.kind", Funding::kind),
                            plain("indicators.col.programs", Funding::programs),
                            money("indicators.col.budget", Funding::budget),
                            money("indicators.col.awarded", Funding::awarded),
                            money("indicators.col.approved", Funding::approved).classed("funding-approved"),
                            money("indicators.col.disbursed", Funding::disbursed).classed("funding-disbursed"),
                            money("indicators.col.recovered", Funding::recovered).classed("funding-recovered"),
                            money("indicators.col.net", Funding::net).classed("funding-net")),
                    new Data<>(Funding::budget, null, null, Funding::kind), false, null));

    private IndicatorSections() {
    }
}
