package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** program-funding counts a year's innovation vouchers issued, redeemed and paid, and its lineage names them. */
@ApiTest
class VoucherIndicatorTest {

    /** A district and program year no other test funds. */
    static final String KAIPING = "440783";
    static final int YEAR = 2013;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    cn.kjj.platform.ApiFixtures fixtures;

    @Test
    void vouchersIssuedRedeemedAndPaidAreCountedAndSummedExactly() {
        ProgramApplicationApi api = new ProgramApplicationApi(mvc, fixtures);
        VoucherApi vouchers = new VoucherApi(api, fixtures);
        String official = fixtures.officialBearer(KAIPING);
        long program = vouchers.program(official, "INNOVATION_VOUCHER", KAIPING, YEAR, "1000000.00");
        String other = fixtures.officialBearer(KAIPING);
        long paid = vouchers.issued(official, program, fixtures.enterprise(KAIPING), "10000.00");
        long redeemed = vouchers.issued(other, program, fixtures.enterprise(KAIPING), "20000.50");
        vouchers.issued(official, program, fixtures.enterprise(KAIPING), "30000.00");
        assertThat(vouchers.redeem(official, paid, "8000.25", null)).hasStatusOk();
        assertThat(vouchers.pay(official, paid)).hasStatusOk();
        assertThat(vouchers.redeem(official, redeemed, "15000.00", null)).hasStatusOk();

        MvcTestResult series = api.get(official, "/api/v1/indicators/program-funding?region=" + KAIPING + "&from="
                + YEAR + "&to=" + YEAR);
        List<Map<String, Object>> points = JsonPath.read(text(series), "$.series[?(@.kind == 'INNOVATION_VOUCHER')]");
        assertThat(points).singleElement().satisfies(p -> {
            assertThat(p.get("vouchersIssued")).isEqualTo(3);
            assertThat(money(p, "vouchersIssuedAmount")).isEqualByComparingTo("60000.50");
            assertThat(p.get("vouchersRedeemed")).isEqualTo(2);
            assertThat(money(p, "vouchersRedeemedAmount")).isEqualByComparingTo("23000.25");
            assertThat(p.get("vouchersPaid")).isEqualTo(1);
            assertThat(money(p, "vouchersPaidAmount")).isEqualByComparingTo("8000.25");
        });
        List<Map<String, Object>> subsidy = JsonPath.read(text(series), "$.series[?(@.kind == 'SUBSIDY')]");
        assertThat(subsidy).singleElement().satisfies(p -> assertThat(p.get("vouchersIssued")).isEqualTo(0));

        MvcTestResult lineage = api.get(official, "/api/v1/indicators/program-funding/lineage?region=" + KAIPING
                + "&period=" + YEAR + "&size=500");
        List<Map<String, Object>> rows = JsonPath.read(text(lineage), "$.records[?(@.id == " + program + ")]");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(((Number) r.get("vouchersIssued")).longValue()).isEqualTo(3);
            assertThat(money(r, "vouchersPaidAmount")).isEqualByComparingTo("8000.25");
        });
    }

    private static BigDecimal money(Map<String, Object> point, String key) {
        return new BigDecimal(point.get(key).toString());
    }

    private static String text(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
