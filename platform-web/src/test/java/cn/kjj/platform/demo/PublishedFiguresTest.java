package cn.kjj.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.RegistryPageFixtures;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every published figure of domain.md ("Published figures", seeds in brackets) as the analyst reads
 * it from the indicator API on the demo data (docs/demo-data.md).
 */
@PortalTest
class PublishedFiguresTest {

    private static final String HIGH_TECH = "/api/v1/indicators/high-tech-enterprises";
    private static final String TURNOVER = "/api/v1/indicators/contract-turnover";
    private static final String PLATFORMS = "/api/v1/indicators/innovation-platforms";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    AccountPrincipal analyst;

    @BeforeEach
    void setUp() {
        analyst = new RegistryPageFixtures(context).principal(RegistryPageFixtures.ANALYST);
    }

    @Test
    void jianghaiHas407HighTechEnterprisesAtTheEndOf2020And672In2022Plus65Percent() throws Exception {
        String json = api(HIGH_TECH + "?region=440704&from=2020&to=2022");

        assertThat(number(json, "$.series[?(@.period == '2020')].value")).isEqualByComparingTo("407");
        assertThat(number(json, "$.series[?(@.period == '2022')].value")).isEqualByComparingTo("672");
        assertThat(number(json, "$.summary.growth.value")).isEqualByComparingTo("0.651106");
    }

    @Test
    void jianghaiCertifiesOver280EnterprisesIn2022NewAndRenewed() throws Exception {
        String json = api(HIGH_TECH + "?region=440704&from=2022&to=2022");

        BigDecimal certified = number(json, "$.series[0].newlyCertified").add(number(json, "$.series[0].renewed"));
        assertThat(certified).isGreaterThan(new BigDecimal("280")).isEqualByComparingTo("294");
    }

    @Test
    void jianghaiSpends5point71PercentOfGdpOnResearchIn2022Exactly2point2TimesTheCity() throws Exception {
        String jianghai = api("/api/v1/indicators/rd-intensity?region=440704&from=2022&to=2022");
        String city = api("/api/v1/indicators/rd-intensity?region=440700&from=2022&to=2022");

        BigDecimal jianghaiRatio = number(jianghai, "$.series[0].rdExpenditure")
                .divide(number(jianghai, "$.series[0].gdp"), 10, RoundingMode.UNNECESSARY);
        assertThat(jianghaiRatio).isEqualByComparingTo("0.0571");
        assertThat(number(jianghai, "$.series[0].value")).isEqualByComparingTo("0.0571");
        BigDecimal cityGdp = number(city, "$.series[0].gdp");
        BigDecimal cityRd = number(city, "$.series[0].rdExpenditure");
        assertThat(cityGdp).isEqualByComparingTo("377300000000");
        assertThat(cityRd).isEqualByComparingTo("9792650000");
        assertThat(new BigDecimal("0.0571").multiply(cityGdp).divide(cityRd, 20, RoundingMode.UNNECESSARY))
                .as("Jianghai's intensity over the city's ratio of sums").isEqualByComparingTo("2.2");
        assertThat(number(city, "$.series[0].value")).isEqualByComparingTo("0.025955").isLessThan(new BigDecimal("0.027"));
    }

    @Test
    void jianghaiHas5NationalAnd2ProvincialIncubationCarriersWithOver800000SquareMetres() throws Exception {
        String json = api(PLATFORMS + "?region=440704");

        assertThat(platforms(json, "INCUBATOR", "NATIONAL")).isEqualTo(5);
        assertThat(platforms(json, "INCUBATOR", "PROVINCIAL")).isEqualTo(2);
        assertThat(number(json, "$.summary.incubationAreaSqm")).isGreaterThan(new BigDecimal("800000"));
    }

    @Test
    void jianghaiRegisters360MillionYuanOfContractsIn2022And230MillionInTheFirstHalfOf2023() throws Exception {
        String year = api(TURNOVER + "?region=440704&from=2022-01-01&to=2022-12-31&period=YEAR&perspective=SELLER");
        String half = api(TURNOVER + "?region=440704&from=2023-01-01&to=2023-06-30&period=HALF_YEAR");

        assertThat(number(year, "$.series[0].value")).isEqualByComparingTo("360000000.00");
        assertThat(JsonPath.<String>read(half, "$.series[0].period")).isEqualTo("2023-H1");
        assertThat(number(half, "$.series[0].value")).isEqualByComparingTo("230000000.00");
    }

    @Test
    void jianghaiRecognises2ProvincialEngineeringCentresAnd3MunicipalKeyLaboratoriesInTheFirstHalfOf2023()
            throws Exception {
        assertThat(recognisedIn2023H1("ENGINEERING_TECHNOLOGY_CENTER", "PROVINCIAL")).isEqualTo(2);
        assertThat(recognisedIn2023H1("KEY_LABORATORY", "MUNICIPAL")).isEqualTo(3);
    }

    @Test
    void jiangmenHas27HighTechEnterprisesIn2008And197In2015And1845In2020AndOver2180In2021() throws Exception {
        String json = api(HIGH_TECH + "?region=440700&from=2008&to=2022");

        assertThat(number(json, "$.series[?(@.period == '2008')].value")).isEqualByComparingTo("27");
        assertThat(number(json, "$.series[?(@.period == '2015')].value")).isEqualByComparingTo("197");
        assertThat(number(json, "$.series[?(@.period == '2020')].value")).isEqualByComparingTo("1845");
        assertThat(number(json, "$.series[?(@.period == '2021')].value")).isGreaterThan(new BigDecimal("2180"))
                .isEqualByComparingTo("2186");
        assertThat(number(json, "$.series[?(@.period == '2022')].value")).isGreaterThan(new BigDecimal("2300"));
    }

    @Test
    void jiangmenCertifies930EnterprisesIn2021() throws Exception {
        String json = api(HIGH_TECH + "?region=440700&from=2021&to=2021");

        assertThat(number(json, "$.series[0].newlyCertified").add(number(json, "$.series[0].renewed")))
                .isEqualByComparingTo("930");
    }

    @Test
    void jiangmenHad1141HighTechApplicantsIn2021Of930Passed() throws Exception {
        String json = api("/api/v1/indicators/high-tech-applications?region=440700&from=2021&to=2021");

        assertThat(number(json, "$.series[0].applied")).isEqualByComparingTo("1141");
        assertThat(number(json, "$.series[0].passed")).isEqualByComparingTo("930");
        assertThat(number(json, "$.series[0].value")).isEqualByComparingTo("0.815074");
    }

    @Test
    void jianghaiPassedNearNinetyPercentOfItsHighTechApplicantsIn2022() throws Exception {
        String json = api("/api/v1/indicators/high-tech-applications?region=440704&from=2022&to=2022");

        assertThat(number(json, "$.series[0].passed")).isEqualByComparingTo("294").isGreaterThan(new BigDecimal("280"));
        assertThat(number(json, "$.series[0].applied")).isEqualByComparingTo("327");
        assertThat(number(json, "$.series[0].value")).isEqualByComparingTo("0.899083");
    }

    @Test
    void jiangmenHas6NationalAndOver500ProvincialInnovationPlatforms() throws Exception {
        String json = api(PLATFORMS + "?region=440700");

        assertThat(platforms(json, "LAB", "NATIONAL")).isEqualTo(6);
        assertThat(platforms(json, "LAB", "PROVINCIAL")).isGreaterThan(500).isEqualTo(512);
    }

    @Test
    void pengjiangHas563HighTechEnterprisesIn2022() throws Exception {
        String json = api(HIGH_TECH + "?region=440703&from=2022&to=2022");

        assertThat(number(json, "$.series[0].value")).isEqualByComparingTo("563");
    }

    @Test
    void pengjiangHasANationalIncubatorAndANationalMakerspace() throws Exception {
        String json = api(PLATFORMS + "?region=440703");

        List<Map<String, Object>> national = JsonPath.read(json,
                "$.series[?(@.category == 'INCUBATOR' && @.level == 'NATIONAL')]");
        assertThat(national).extracting(p -> p.get("kind")).containsExactlyInAnyOrder("INCUBATOR", "MAKERSPACE");
        assertThat(national).allSatisfy(p -> assertThat(((Number) p.get("value")).intValue()).isEqualTo(1));
    }

    @Test
    void theCountyShapeTaishanTurnsOver9368WanYuanIn2023Plus31point2PercentWith58HighTechEnterprises()
            throws Exception {
        String turnover = api(TURNOVER + "?region=440781&from=2022-01-01&to=2023-12-31&period=YEAR");
        String highTech = api(HIGH_TECH + "?region=440781&from=2022&to=2023");

        BigDecimal y2022 = number(turnover, "$.series[0].value");
        BigDecimal y2023 = number(turnover, "$.series[1].value");
        assertThat(y2023).isEqualByComparingTo("93680000.00");
        assertThat(y2023.divide(y2022, 3, RoundingMode.HALF_UP)).isEqualByComparingTo("1.312");
        assertThat(number(highTech, "$.series[1].value")).isEqualByComparingTo("58");
        assertThat(number(highTech, "$.series[1].growthRate")).isEqualByComparingTo("0.115385");
    }

    @Test
    void theCountyShapeTaishanTerminates5ProjectsIn2023AndRecovers320000Yuan() throws Exception {
        String funding = api("/api/v1/indicators/program-funding?region=440781&from=2023&to=2023");
        String lineage = api("/api/v1/indicators/program-funding/lineage?region=440781&period=2023&size=500");
        Number program = JsonPath.<List<Number>>read(lineage,
                "$.records[?(@.name == '2023年台山市科技计划项目')].id").get(0);
        String terminated = api("/api/v1/program-applications?status=TERMINATED&programId=" + program);

        assertThat(number(funding, "$.series[?(@.kind == 'OTHER')].recovered")).isEqualByComparingTo("320000.00");
        assertThat(number(funding, "$.series[?(@.kind == 'OTHER')].net"))
                .isEqualByComparingTo(number(funding, "$.series[?(@.kind == 'OTHER')].disbursed").subtract(
                        new BigDecimal("320000.00")));
        assertThat(JsonPath.<Integer>read(terminated, "$.page.totalElements")).isEqualTo(5);
    }

    @Test
    void theUrbanDistrictShapeXinhuiHas598HighTechEnterprisesIn2023And57CarriersInTheCity() throws Exception {
        String xinhui = api(HIGH_TECH + "?region=440705&from=2023&to=2023");
        String city = api(PLATFORMS + "?region=440700");

        assertThat(number(xinhui, "$.series[0].value")).isEqualByComparingTo("598");
        assertThat(platforms(city, "INCUBATOR", "NATIONAL")).isEqualTo(9);
        assertThat(platforms(city, "INCUBATOR", "PROVINCIAL")).isEqualTo(30);
        // portal tests add municipal and district carriers of their own
        assertThat(platforms(city, "INCUBATOR", "MUNICIPAL")).isGreaterThanOrEqualTo(18);
    }

    @Test
    void jiangmenHas2111TechnologySmesIn2021OfWhichTheUrbanDistrictShapeXinhuiHas1347() throws Exception {
        String city = api("/api/v1/indicators/tech-smes?region=440700&from=2021&to=2021");
        String xinhui = api("/api/v1/indicators/tech-smes?region=440705&from=2021&to=2021");

        assertThat(number(city, "$.series[0].value")).isEqualByComparingTo("2111");
        assertThat(number(xinhui, "$.series[0].value")).isEqualByComparingTo("1347");
    }

    @Test
    void pengjiangReachesItsTargetOf563HighTechEnterprisesIn2022() throws Exception {
        String json = api("/api/v1/targets?region=440703&year=2022");

        target(json, "$[?(@.indicator == 'high-tech-enterprises')]", "563", "563", "1.000");
    }

    @Test
    void jiangmenPassesItsTargetOf2300HighTechEnterprisesIn2022ButNotItsR_DIntensityOf2point7Percent() throws Exception {
        String json = api("/api/v1/targets?region=440700&year=2022");

        target(json, "$[?(@.regionCode == '440700' && @.indicator == 'high-tech-enterprises')]", "2300", "2412",
                "1.048");
        String rd = "$[?(@.regionCode == '440700' && @.indicator == 'rd-intensity')]";
        // 9,792,650,000 / (377,300,000,000 x 0.027) = 0.96127..., cut to 96.1 %
        target(json, rd, "0.027", "0.025955", "0.961");
        assertThat(JsonPath.<List<Boolean>>read(json, rd + ".reached")).containsExactly(false);
    }

    @Test
    void jiangmensHighTechEnterprisesGrewRevenueFrom1131point7To3299point4YiYuanFrom2016To2021WithProfitAndTax()
            throws Exception {
        String json = api("/api/v1/indicators/high-tech-figures?region=440700&from=2016&to=2021");

        assertThat(number(json, "$.series[?(@.period == '2016')].revenue")).isEqualByComparingTo("113170000000.00");
        assertThat(number(json, "$.series[?(@.period == '2021')].value")).isEqualByComparingTo("329940000000.00");
        assertThat(number(json, "$.series[?(@.period == '2016')].profit")).isEqualByComparingTo("12430000000.00");
        assertThat(number(json, "$.series[?(@.period == '2021')].profit")).isEqualByComparingTo("18950000000.00");
        assertThat(number(json, "$.series[?(@.period == '2016')].taxPaid")).isEqualByComparingTo("8270000000.00");
        assertThat(number(json, "$.series[?(@.period == '2021')].taxPaid")).isEqualByComparingTo("15270000000.00");
        assertThat(number(json, "$.series[?(@.period == '2021')].enterprises")).isEqualByComparingTo("2186");
    }

    @Test
    void sixtyOnePercentOfJiangmensAboveScaleIndustrialEnterprisesHadAnRdPlatformIn2021() throws Exception {
        String json = api("/api/v1/indicators/rd-platform-coverage?region=440700&from=2021&to=2021");

        BigDecimal with = number(json, "$.series[0].withPlatform");
        BigDecimal all = number(json, "$.series[0].aboveScaleIndustrial");
        assertThat(with.divide(all, 2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.61");
        assertThat(number(json, "$.series[0].value")).isEqualByComparingTo(with.divide(all, 6, RoundingMode.HALF_EVEN));
    }

    @Test
    void jiangmensLadderHoldsTechnologySmesPoolHighTechAndGazellesIn2021() throws Exception {
        String json = api("/api/v1/indicators/cultivation?region=440700&from=2021&to=2021");

        assertThat(number(json, "$.series[0].highTech").add(number(json, "$.series[0].gazelle")))
                .as("every high-tech enterprise is high-tech or a gazelle").isEqualByComparingTo("2186");
        assertThat(number(json, "$.series[0].gazelle")).isPositive();
        assertThat(number(json, "$.series[0].pool")).isPositive();
        assertThat(number(json, "$.series[0].techSme")).isPositive();
    }

    /** The target at {@code path} of a targets list: its value, actual and progress. */
    private static void target(String json, String path, String value, String actual, String progress) {
        assertThat(number(json, path + ".value")).as("value").isEqualByComparingTo(value);
        assertThat(number(json, path + ".actual")).as("actual").isEqualByComparingTo(actual);
        assertThat(number(json, path + ".progress")).as("progress").isEqualByComparingTo(progress);
    }

    private long recognisedIn2023H1(String kind, String level) throws Exception {
        String json = api("/api/v1/labs?region=440704&kind=" + kind + "&level=" + level + "&size=200");
        List<String> days = JsonPath.read(json, "$.content[*].recognizedOn");
        assertThat(JsonPath.<Integer>read(json, "$.page.totalElements")).isEqualTo(days.size());
        return days.stream().map(LocalDate::parse)
                .filter(d -> !d.isBefore(LocalDate.of(2023, 1, 1)) && !d.isAfter(LocalDate.of(2023, 6, 30))).count();
    }

    @Test
    void theBureauPublishedTwoUniversitiesListsBrokeredOver15MatchesForOver40JianghaiNeedsSomeEndingInContracts()
            throws Exception {
        // seed 000: 364 achievements of one university, 73 + 67 + 51 of another (found by the holders' words)
        assertThat(JsonPath.<Integer>read(api("/api/v1/achievements?q=五邑大学&size=1"), "$.page.totalElements"))
                .isEqualTo(364);
        assertThat(JsonPath.<Integer>read(api("/api/v1/achievements?q=江门职业技术学院&size=1"),
                "$.page.totalElements")).isEqualTo(73 + 67 + 51);
        assertThat(JsonPath.<List<String>>read(api("/api/v1/achievements?q=芯片封装&size=200"),
                "$.content[*].title")).contains("一种半导体芯片的封装工艺");
        assertThat(JsonPath.<Integer>read(api("/api/v1/demands?region=440704&size=1"), "$.page.totalElements"))
                .isGreaterThan(40);
        assertThat(JsonPath.<Integer>read(api("/api/v1/matchmakings?region=440704&size=1"), "$.page.totalElements"))
                .isGreaterThan(15);

        // the chain: demand → achievement → registered contract → turnover, and the indicator counts it
        // (the seed's meetings are of past years; tests of the portal record this year's beside them)
        String meetings = api("/api/v1/matchmakings?region=440704&size=200");
        String thisYear = String.valueOf(LocalDate.now().getYear());
        List<Map<String, Object>> contracts = JsonPath.<List<Map<String, Object>>>read(meetings,
                "$.content[?(@.outcome == 'CONTRACT')]").stream()
                .filter(m -> !String.valueOf(m.get("registrationNo")).startsWith(thisYear)).toList();
        List<String> registered = contracts.stream().map(m -> String.valueOf(m.get("registrationNo"))).toList();
        List<Number> amounts = contracts.stream().map(m -> (Number) m.get("contractAmount")).toList();
        assertThat(registered).hasSize(7).allSatisfy(no -> assertThat(no).matches("\\d{4}4407\\d{8}"));
        String matching = api("/api/v1/indicators/technology-matching?region=440704&from=2015&to="
                + (LocalDate.now().getYear() - 1));
        List<Number> signed = JsonPath.read(matching, "$.series[*].contractsSigned");
        List<Number> turnover = JsonPath.read(matching, "$.series[*].turnover");
        List<Number> matched = JsonPath.read(matching, "$.series[*].value");
        assertThat(signed.stream().mapToLong(Number::longValue).sum()).isEqualTo(7);
        assertThat(turnover.stream().map(n -> new BigDecimal(n.toString())).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(amounts.stream().map(n -> new BigDecimal(n.toString()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(matched.stream().mapToLong(Number::longValue).sum()).isGreaterThanOrEqualTo(15);
    }

    private String api(String path) throws Exception {
        return mvc.perform(get(path).with(user(analyst))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static BigDecimal number(String json, String path) {
        Object value = JsonPath.read(json, path);
        if (value instanceof List<?> list) {
            assertThat(list).as(path).hasSize(1);
            value = list.get(0);
        }
        return new BigDecimal(String.valueOf(value));
    }

    private static int platforms(String json, String category, String level) {
        List<Number> counts = JsonPath.read(json,
                "$.series[?(@.category == '" + category + "' && @.level == '" + level + "')].value");
        return counts.stream().mapToInt(Number::intValue).sum();
    }
}
