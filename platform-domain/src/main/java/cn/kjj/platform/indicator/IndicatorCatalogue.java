package cn.kjj.platform.indicator;

import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.indicator.IndicatorDefinition.Parameter;
import java.util.List;

/**
 * Every indicator's definition, written once: the catalogue endpoint returns it, every series
 * carries its own, and docs/indicators.md repeats it in prose.
 */
public final class IndicatorCatalogue {

    public static final String RD_INTENSITY = "rd-intensity";
    public static final String CONTRACT_TURNOVER = "contract-turnover";
    public static final String HIGH_TECH = "high-tech-enterprises";
    public static final String PLATFORMS = "innovation-platforms";
    public static final String FUNDING = "program-funding";
    public static final String TECH_SMES = "tech-smes";
    public static final String TECHNOLOGY_MATCHING = "technology-matching";
    public static final String HIGH_TECH_APPLICATIONS = "high-tech-applications";
    public static final String CULTIVATION = "cultivation";
    public static final String HIGH_TECH_FIGURES = "high-tech-figures";
    public static final String RD_PLATFORM_COVERAGE = "rd-platform-coverage";
    public static final String ENTERPRISE_RD_EXPENSE = "enterprise-rd-expense";

    /**
     * Industries (as entered on the enterprise) that are services, not industry: their above-scale enterprises
     * are not counted in {@link #RD_PLATFORM_COVERAGE}. A constant, not a setting: no text the platform follows
     * (rules.md, the seeds) gives offices different lists, since "industrial" (规上工业) is the national statistics'
     * split of GB/T 4754 into industry and services; the list only names the service industries as the registry
     * spells them, the national name (软件和信息技术服务) included (docs/indicators.md).
     */
    public static final List<String> SERVICE_INDUSTRIES = List.of("软件和信息服务", "软件和信息技术服务", "高技术服务",
            "科技服务", "信息技术服务");

    static final String REGION_RULE = " Region rule: any region (district, city, province); a city or province "
            + "is the ratio of the sums of its districts, never the mean of their ratios. Unknown region: 404.";

    private static final Parameter REGION = new Parameter("region",
            "Region code (required): a district, city or province, e.g. 440704 or 440700");
    private static final Parameter FROM_YEAR = new Parameter("from", "First year (default: four years before to)");
    private static final Parameter TO_YEAR = new Parameter("to", "Last year (default: this year); from <= to, else 400");

    public static final List<IndicatorDefinition> ALL = List.of(
            new IndicatorDefinition(RD_INTENSITY, "研发经费投入强度", "R&D intensity", "ratio",
                    "R&D expenditure / GDP (a plain fraction, e.g. 0.0571 for 5.71 %), per year, from the statistics "
                            + "bureau's latest figures (regional_statistic). value is rounded to 6 places for display; "
                            + "rdExpenditure and gdp are the exact sums beside it. A year is left out unless every "
                            + "district in the region has both figures for it (a partial sum would understate the "
                            + "region)." + REGION_RULE,
                    List.of(REGION, FROM_YEAR, TO_YEAR)),
            new IndicatorDefinition(CONTRACT_TURNOVER, "技术合同成交额", "Technology contract turnover", "yuan",
                    "value = the sum of contractAmount (合同成交额) of registered technology contracts, with their "
                            + "count and the sum of techTransactionAmount (技术交易额). A contract counts in the period "
                            + "of its registration date (Beijing time) once registration completes (status "
                            + "REGISTERED); contracts still under review, returned, rejected or revoked do not count, "
                            + "and a revocation takes the contract out again. perspective=SELLER (技术输出, default) "
                            + "counts it in the seller's district, perspective=BUYER (技术吸纳) in the buyer's region "
                            + "(foreign buyers count in no region); the two perspectives are never added together. "
                            + "A contract its domestic buyer registered (technology import, development commissioned "
                            + "abroad) and a contract registered at another office and imported (kind "
                            + "external-contracts) count only as the buyer's absorption, never as output. "
                            + "Periods YEAR, HALF_YEAR, QUARTER, MONTH labelled 2023, 2023-H1, 2023-Q2, 2023-06; from "
                            + "must be the first day of a period and to the last day of one (else 400); periods "
                            + "without contracts give count 0 and zero sums. by= splits every period by a dimension "
                            + "of the registration form (技术合同登记表), every group of it in order with zeros where "
                            + "none, each point naming its group: TYPE (contract type as the office decided it), FIELD "
                            + "(technology field), SELLER_NATURE and BUYER_NATURE (the parties' natures as filed), "
                            + "IP_TYPE (intellectual property of the object), PLAN_SOURCE (the plan the work came from), "
                            + "FLOW (where the other party is, seen from the region counted: WITHIN_PROVINCE, "
                            + "OTHER_PROVINCE, ABROAD); the groups of every dimension sum to the unsplit series. Amounts "
                            + "are the 核定 technology transaction amounts." + REGION_RULE,
                    List.of(REGION, new Parameter("from", "First day (a period's first day; default 1 January four years ago)"),
                            new Parameter("to", "Last day (a period's last day; default 31 December this year)"),
                            new Parameter("period", "YEAR (default), HALF_YEAR, QUARTER or MONTH"),
                            new Parameter("perspective", "SELLER (default, 技术输出) or BUYER (技术吸纳)"),
                            new Parameter("by", "TYPE, FIELD, SELLER_NATURE, BUYER_NATURE, IP_TYPE, PLAN_SOURCE or FLOW"
                                    + " to split by that dimension (another value: 400 listing these)"))),
            new IndicatorDefinition(HIGH_TECH, "高新技术企业数", "High-tech enterprises", "enterprises",
                    "value (stock) = the number of enterprises (not certificates) with a high-tech certificate in "
                            + "force on 31 December: issued on or before that day, its last day (expires_on) on or "
                            + "after it, and not revoked on or before it. A certificate whose last day is 31 December "
                            + "counts in that year; one whose last day is 30 December does not. Per year: "
                            + "newlyCertified = INITIAL certificates issued that year; renewed = RENEWAL certificates "
                            + "issued that year; expired = certificates whose first day out of force (the day after "
                            + "their last day) falls in that year, not revoked before then, and not followed by "
                            + "another certificate of the enterprise in force on that day; revoked = certificates "
                            + "revoked that year. growthRate = stock / previous stock - 1 (null for the first year of "
                            + "the range or when the previous stock is 0), with growthNumerator = stock - previous and "
                            + "growthDenominator = previous. summary.growth = last / first - 1; summary.cagr = "
                            + "(last / first)^(1 / years) - 1 with years = to - from, the root computed with "
                            + "BigDecimal Newton iteration to 34 digits (no floating point), rounded to 6 places."
                            + " An enterprise counts in its current district." + REGION_RULE,
                    List.of(REGION, FROM_YEAR, TO_YEAR)),
            new IndicatorDefinition(PLATFORMS, "创新平台", "Innovation platforms", "platforms",
                    "Incubation carriers (category INCUBATOR: incubators, makerspaces, accelerators, university "
                            + "science parks) and R&D platforms (category LAB: key laboratories, engineering "
                            + "technology research centres, ...) on the registry today, counted by kind and level "
                            + "(NATIONAL, PROVINCIAL, MUNICIPAL, DISTRICT); areaSqm is the total incubation area of "
                            + "the incubators counted (missing areas count as 0). period is today's date."
                            + REGION_RULE,
                    List.of(REGION)),
            new IndicatorDefinition(FUNDING, "科技计划资金", "Program funding", "yuan",
                    "Per program year and kind: programs = the number of programs, value = budget = the sum of "
                            + "their budgets, awarded = the sum awarded so far, approved = the sum granted to their "
                            + "approved applications (立项), disbursed = the sum paid to those in tranches, recovered = "
                            + "the sum taken back from terminated projects, net = disbursed - recovered; vouchersIssued, "
                            + "vouchersRedeemed and vouchersPaid = the number of their innovation vouchers (科技创新券) "
                            + "issued, redeemed at a service provider (redeemed or paid) and paid out, with "
                            + "vouchersIssuedAmount (face value), vouchersRedeemedAmount and vouchersPaidAmount "
                            + "(the amounts of the services) beside them; an expired voucher stays issued, and "
                            + "vouchersReleasedAmount = what expired vouchers gave back to the budget unredeemed "
                            + "(the budget they hold = vouchersIssuedAmount - vouchersReleasedAmount). Every kind "
                            + "appears in every year (zeros where none)." + REGION_RULE,
                    List.of(REGION, FROM_YEAR, TO_YEAR)),
            new IndicatorDefinition(TECH_SMES, "科技型中小企业数", "Technology SMEs", "enterprises",
                    "value = the number of enterprises registered as technology SMEs (科技型中小企业, a registration "
                            + "number valid for that year only) for the year; every year of the range appears (0 where "
                            + "none). A registration counts in the district its enterprise was in when it was "
                            + "recorded." + REGION_RULE,
                    List.of(REGION, FROM_YEAR, TO_YEAR)),
            new IndicatorDefinition(TECHNOLOGY_MATCHING, "技术供需对接", "Technology matching", "demands",
                    "Per year (Beijing dates), of the demands kept in the region: demandsPublished = demands "
                            + "published that year; value = demandsMatched = demands whose first brokered meeting "
                            + "(对接) took place that year; contractsSigned = meetings with the outcome CONTRACT whose "
                            + "technology contract is registered (status REGISTERED) with its registration date in "
                            + "that year, and turnover = the sum of those contracts' contractAmount (合同成交额). A "
                            + "revoked or cancelled contract leaves the figures. Every year of the range appears "
                            + "(zeros where none). Lineage lists the meetings behind a year." + REGION_RULE,
                    List.of(REGION, FROM_YEAR, TO_YEAR)),
            new IndicatorDefinition(HIGH_TECH_APPLICATIONS, "高企认定通过率", "High-tech recognition pass rate",
                    "ratio",
                    "Per batch year: applied = the high-tech applications of the region's enterprises (by the "
                            + "district they applied from, whatever their status: submitted, returned, recommended, "
                            + "passed or failed); recommended = those the district recommended (RECOMMENDED, PASSED "
                            + "or FAILED); passed and failed = the city's results. value = passed / applied (a plain "
                            + "fraction, 6 places; null for a year without applications). Every year of the range "
                            + "appears." + REGION_RULE,
                    List.of(REGION, FROM_YEAR, TO_YEAR)),
            new IndicatorDefinition(CULTIVATION, "梯度培育企业数", "Cultivation ladder", "enterprises",
                    "Per year: how many enterprises stand on each tier of the cultivation ladder (decision 0045), "
                            + "each on the highest it reaches: techSme (a technology SME registration for the year and "
                            + "no higher), pool (培育库: a technology SME of the year meeting at least "
                            + "platform.cultivation.pool-conditions-met of the high-tech conditions judged from its "
                            + "figures of the year and the two before, or placed in the pool by an official with a "
                            + "reason), highTech (a certificate in force on 31 December), gazelle (瞪羚: revenue of the "
                            + "year at least gazelle-min-revenue and at least (1 + gazelle-growth-rate)^gazelle-growth-"
                            + "years times the revenue gazelle-growth-years before, founded at most gazelle-max-age-"
                            + "years before 31 December, and high-tech where the city requires it). value = all "
                            + "enterprises on the ladder. The criteria are the city's settings (platform.cultivation.*"
                            + "); comparisons are exact. An enterprise counts in its current district. Every year of "
                            + "the range appears." + REGION_RULE,
                    List.of(REGION, FROM_YEAR, TO_YEAR)),
            new IndicatorDefinition(HIGH_TECH_FIGURES, "高新技术企业营业收入、利润、税费", "High-tech enterprises' revenue, "
                    + "profit and tax", "yuan",
                    "Per year: enterprises = the enterprises with a high-tech certificate in force on 31 December (as "
                            + "high-tech-enterprises counts them); reported = how many of them entered annual figures "
                            + "for the year; value = revenue = the sum of their revenue (营业收入), profit = the sum of "
                            + "their profit, taxPaid = the sum of the tax they paid (实缴税费), exact sums in yuan. An "
                            + "enterprise without figures adds nothing: compare reported with enterprises. Every "
                            + "year of the range appears. An enterprise counts in its current district."
                            + REGION_RULE,
                    List.of(REGION, FROM_YEAR, TO_YEAR)),
            new IndicatorDefinition(RD_PLATFORM_COVERAGE, "规上工业企业研发机构覆盖率",
                    "Above-scale industrial enterprises with an R&D platform", "ratio",
                    "Per year: aboveScaleIndustrial = the enterprises whose annual figures of the year say above "
                            + "designated size (规上) and whose industry is known and not a service (软件和信息服务, "
                            + "软件和信息技术服务, 高技术服务, 科技服务, 信息技术服务); withPlatform = how many of them "
                            + "host an R&D platform of the lab registry (key laboratory, engineering technology "
                            + "research centre, enterprise R&D centre, ...) recognised on or before 31 December, or without a "
                            + "recognition date; value = withPlatform / aboveScaleIndustrial (a plain fraction, 6 "
                            + "places; null without such enterprises). Every year of the range appears. An enterprise "
                            + "counts in its current district." + REGION_RULE,
                    List.of(REGION, FROM_YEAR, TO_YEAR)),
            new IndicatorDefinition(ENTERPRISE_RD_EXPENSE, "企业研发费用与统计研发经费", "Enterprises' R&D expense "
                    + "beside the statistics", "yuan",
                    "Per year: value = rdExpense = the sum of the R&D expense the region's enterprises entered in "
                            + "their annual figures, rdExpenseDomestic = its part spent in China, reported = how many "
                            + "enterprises entered figures; statisticsRdExpenditure = the statistics bureau's R&D "
                            + "expenditure of the region (regional_statistic, as rd-intensity reads it; null unless "
                            + "every district of the region has the year's figure); share = rdExpense / "
                            + "statisticsRdExpenditure (6 places; null without the statistic). The two are different "
                            + "counts (the enterprises' books and the bureau's survey) shown side by side, never "
                            + "added. Every year of the range appears. An enterprise counts in its current district."
                            + REGION_RULE,
                    List.of(REGION, FROM_YEAR, TO_YEAR)));

    private IndicatorCatalogue() {
    }

    public static IndicatorDefinition require(String id) {
        return ALL.stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("error.indicator.notFound", "No indicator " + id, id));
    }
}
