package cn.kjj.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.indicator.IndicatorFixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contracts registered elsewhere (import kind external-contracts, decision 0036): all or nothing, a
 * number registered here or repeated is refused on its line, and what goes in is absorption of the
 * buyer's district, listed apart from the local registrations, and never output.
 */
@ApiTest
class ExternalContractImportTest {

    private static final String JIANGHAI = ApiFixtures.JIANGHAI;
    private static final String GUANGZHOU_TIANHE = "440106";
    private static final String KIND = "external-contracts";
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 800_000));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ImportApi api;

    @Autowired
    IndicatorFixtures fx;

    static List<Object> header() {
        return List.of("登记编号", "登记机构行政区划代码", "登记日期", "签订日期", "合同类型", "技术领域", "卖方名称",
                "卖方统一社会信用代码", "卖方行政区划代码", "卖方国别", "买方名称", "买方统一社会信用代码", "买方行政区划代码",
                "合同成交额（元）", "技术交易额（元）");
    }

    /** A line as the national system exports it: registered in Tianhe (Guangzhou) in 2044, the buyer in Jianghai. */
    static List<Object> line(String number, String amount) {
        return new ArrayList<>(List.of(number, GUANGZHOU_TIANHE, "2044-03-15", "2044-02-20", "技术开发", "电子信息",
                "广州市天河区云图数据有限公司", ApiFixtures.randomCreditCode(GUANGZHOU_TIANHE), GUANGZHOU_TIANHE, "CN",
                "江门示例科技有限公司", ApiFixtures.randomCreditCode(JIANGHAI), JIANGHAI, amount, amount));
    }

    static String number() {
        return "2044" + GUANGZHOU_TIANHE + String.format("%06d", SERIAL.incrementAndGet());
    }

    private long stored(List<String> numbers) {
        return api.count("select count(*) from external_contract_registration where registration_no = any(?)",
                (Object) numbers.toArray(String[]::new));
    }

    @Test
    void aLineWhoseNumberIsRegisteredHereIsRefusedWithItsLineNumberAndNothingOfTheFileIsStored() {
        long local = fx.registered(JIANGHAI, GUANGZHOU_TIANHE, "50000.00");
        String localNumber = api.fixtures().jdbc().sql("select registration_no from technology_contract where id = ?")
                .param(local).query(String.class).single();
        List<String> numbers = List.of(number(), localNumber, number());
        List<List<Object>> rows = List.of(header(), line(numbers.get(0), "100000.00"), line(numbers.get(1), "200000.00"),
                line(numbers.get(2), "300000.00"));

        MvcTestResult result = api.importNow(api.fixtures().officialBearer(JIANGHAI), KIND, "全国登记系统导出.csv",
                ImportApi.csv(rows));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith("application/problem+json")
                .bodyJson()
                .hasPathSatisfying("$.errorCount", v -> v.assertThat().isEqualTo(1))
                .hasPathSatisfying("$.errors[0].line", v -> v.assertThat().isEqualTo(3))
                .hasPathSatisfying("$.errors[0].column", v -> v.assertThat().isEqualTo("登记编号"))
                .hasPathSatisfying("$.errors[0].message", v -> v.assertThat().isEqualTo("该登记编号是本地登记的合同，不是异地登记"));
        assertThat(stored(numbers)).isZero();
    }

    @Test
    void aNumberRepeatedInTheFileIsRefusedOnTheLaterLineNamingTheEarlierAndNothingIsStored() {
        String twice = number();
        List<String> numbers = List.of(twice, number());
        List<List<Object>> rows = List.of(header(), line(twice, "100000.00"), line(numbers.get(1), "100000.00"),
                line(twice, "120000.00"));

        assertThat(api.importNow(api.fixtures().officialBearer(JIANGHAI), KIND, "e.csv", ImportApi.csv(rows)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .hasPathSatisfying("$.errors[*].line", v -> v.assertThat().asArray().containsExactly(4))
                .hasPathSatisfying("$.errors[0].message", v -> v.assertThat().isEqualTo("与第 2 行重复"));
        assertThat(stored(numbers)).isZero();
    }

    @Test
    void importedRegistrationsAreAbsorptionOfTheBuyersDistrictListedApartAndNeverOutput() {
        String url = "/api/v1/indicators/contract-turnover?from=2044-01-01&to=2044-12-31&period=YEAR&region=";
        String analyst = api.fixtures().quickBearer(Role.ANALYST);
        BigDecimal[] absorptionBefore = turnover(analyst, url + JIANGHAI + "&perspective=BUYER");
        BigDecimal[] outputBefore = turnover(analyst, url + "440700&perspective=SELLER");
        List<String> numbers = List.of(number(), number());
        List<List<Object>> rows = List.of(header(), line(numbers.get(0), "1800000.00"), line(numbers.get(1), "200000.50"));
        String official = api.fixtures().officialBearer(JIANGHAI);

        assertThat(api.importNow(official, KIND, "e.csv", ImportApi.csv(rows))).hasStatus(HttpStatus.CREATED);

        assertThat(stored(numbers)).isEqualTo(2);
        BigDecimal[] absorption = turnover(analyst, url + JIANGHAI + "&perspective=BUYER");
        assertThat(absorption[0]).isEqualByComparingTo(absorptionBefore[0].add(BigDecimal.valueOf(2)));
        assertThat(absorption[1]).isEqualByComparingTo(absorptionBefore[1].add(new BigDecimal("2000000.50")));
        BigDecimal[] output = turnover(analyst, url + "440700&perspective=SELLER");
        assertThat(output[0]).isEqualByComparingTo(outputBefore[0]);
        assertThat(output[1]).isEqualByComparingTo(outputBefore[1]);
        assertThat(text(api.get(analyst, "/api/v1/indicators/contract-turnover/lineage?region=" + JIANGHAI
                + "&period=2044&perspective=BUYER&size=500"))).contains(numbers.get(0), "\"registeredElsewhere\":true");

        // apart: in the list of registrations elsewhere, not among the contracts registered here
        assertThat(text(api.get(official, "/api/v1/contracts/external?q=" + numbers.get(0))))
                .contains("\"totalElements\":1", "\"regionCode\":\"" + JIANGHAI + "\"");
        assertThat(text(api.get(official, "/api/v1/contracts?q=" + numbers.get(0)))).contains("\"totalElements\":0");
        // another district's official does not see them; an enterprise may not list them at all
        assertThat(text(api.get(api.fixtures().officialBearer(ImportApi.PENGJIANG),
                "/api/v1/contracts/external?q=" + numbers.get(0)))).contains("\"totalElements\":0");
        assertThat(api.get(api.fixtures().enterpriseBearer(api.fixtures().enterprise()), "/api/v1/contracts/external"))
                .hasStatus(HttpStatus.FORBIDDEN);
        // a second import of the same lines is refused: imported before
        assertThat(api.importNow(official, KIND, "e.csv", ImportApi.csv(rows))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().hasPathSatisfying("$.errors[*].message", v -> v.assertThat().asArray()
                        .containsExactly("该登记编号已导入", "该登记编号已导入"));
    }

    @Test
    void aBuyerOutsideTheImportersDistrictIsRefusedOnItsLine() {
        List<Object> pengjiang = line(number(), "100000.00");
        pengjiang.set(11, ApiFixtures.randomCreditCode(ImportApi.PENGJIANG));
        pengjiang.set(12, ImportApi.PENGJIANG);
        assertThat(api.importNow(api.fixtures().officialBearer(JIANGHAI), KIND, "e.csv",
                ImportApi.csv(List.of(header(), pengjiang))))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].line", v -> v.assertThat().isEqualTo(2))
                .hasPathSatisfying("$.errors[0].column", v -> v.assertThat().isEqualTo("买方行政区划代码"));
    }

    @Test
    void theTemplatesExampleLineImportsAsItIsAndASecondTimeIsRefusedAsImportedBefore() {
        String official = api.fixtures().officialBearer(JIANGHAI);
        byte[] csv = api.get(official, ImportApi.IMPORTS + "/" + KIND + "/template?format=csv").getResponse()
                .getContentAsByteArray();
        assertThat(api.importNow(official, KIND, "template.csv", csv)).hasStatus(HttpStatus.CREATED)
                .bodyJson().hasPathSatisfying("$.createdRows", v -> v.assertThat().isEqualTo(1));
        byte[] xlsx = api.get(official, ImportApi.IMPORTS + "/" + KIND + "/template?format=xlsx").getResponse()
                .getContentAsByteArray();
        assertThat(api.importNow(official, KIND, "template.xlsx", xlsx)).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .hasPathSatisfying("$.errors[*].line", v -> v.assertThat().asArray().containsExactly(2))
                .hasPathSatisfying("$.errors[*].code", v -> v.assertThat().asArray()
                        .containsExactly("error.import.externalContract.imported"));
    }

    private static String text(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return cn.kjj.platform.contract.ContractApi.body(result);
    }

    private BigDecimal[] turnover(String bearer, String url) {
        JsonNode body = JSON.readTree(text(api.get(bearer, url)));
        for (JsonNode point : body.get("series")) {
            if (point.get("period").asString().equals("2044")) {
                return new BigDecimal[] {point.get("count").decimalValue(), point.get("contractAmount").decimalValue()};
            }
        }
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }
}
