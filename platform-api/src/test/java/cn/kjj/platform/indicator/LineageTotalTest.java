package cn.kjj.platform.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A contract-turnover point's lineage (decision 0055): its total is the point's own count from the roll-ups, exact
 * past the 10,000 at which other lineage counts stop (decision 0048), and its pages merge the regions' records in
 * registration order. The records are registrations of other offices written in a transaction that is rolled back
 * (year 2077, which no other test uses), the roll-ups rebuilt in it, so that nothing stays behind.
 */
@ApiTest
class LineageTotalTest {

    private static final String URL = "/api/v1/indicators/contract-turnover/lineage?region=440700&perspective=BUYER";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    IndicatorFixtures fx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TurnoverLedger ledger;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aPointOfMoreThanTenThousandRecordsCountsThemAllFromItsRollUps() {
        String bearer = fx.fixtures().quickBearer(Role.ANALYST);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            registeredElsewhere(10_001, "440704");
            ledger.rebuild();
            MvcTestResult year = mvc.get().uri(URL + "&period=2077&size=3").header(HttpHeaders.AUTHORIZATION, bearer)
                    .exchange();
            assertThat(year).hasStatusOk().bodyJson().hasPathSatisfying("$.total", v -> v.assertThat().isEqualTo(10001))
                    .hasPathSatisfying("$.totalCapped", v -> v.assertThat().isEqualTo(false))
                    .hasPathSatisfying("$.records.length()", v -> v.assertThat().isEqualTo(3));
            // a quarter and a group count their own cells
            MvcTestResult quarter = mvc.get().uri(URL + "&period=2077-Q1&size=3")
                    .header(HttpHeaders.AUTHORIZATION, bearer).exchange();
            long inQuarter = jdbc.sql("""
                    select count(*) from external_contract_registration
                    where registered_on between date '2077-01-01' and date '2077-03-31'""").query(Long.class).single();
            assertThat(quarter).hasStatusOk().bodyJson().hasPathSatisfying("$.total",
                    v -> v.assertThat().isEqualTo((int) inQuarter));
            // the last page past 10,000 still answers
            MvcTestResult last = mvc.get().uri(URL + "&period=2077&size=3&page=3333")
                    .header(HttpHeaders.AUTHORIZATION, bearer).exchange();
            assertThat(last).hasStatusOk().bodyJson().hasPathSatisfying("$.records.length()",
                    v -> v.assertThat().isEqualTo(2));
        });
    }

    @Test
    void aCitysPageMergesItsDistrictsRecordsInRegistrationOrder() {
        String bearer = fx.fixtures().quickBearer(Role.ANALYST);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            registeredElsewhere(30, "440704");
            registeredElsewhere(30, "440703");
            ledger.rebuild();
            String first = body(URL + "&period=2077&size=20", bearer);
            String second = body(URL + "&period=2077&size=20&page=1", bearer);
            List<String> days = JsonPath.read(first, "$.records[*].registeredOn");
            List<String> regions = JsonPath.read(first, "$.records[*].buyerRegionCode");
            List<String> numbers = JsonPath.read(first, "$.records[*].registrationNo");
            List<String> next = JsonPath.read(second, "$.records[*].registrationNo");
            assertThat(days).hasSize(20).isSorted();
            assertThat(regions).contains("440703", "440704");
            assertThat(next).hasSize(20).doesNotContainAnyElementsOf(numbers);
            assertThat(((Number) JsonPath.read(first, "$.total")).intValue()).isEqualTo(60);
            List<String> expected = jdbc.sql("""
                    select registration_no from external_contract_registration
                    where registered_on between date '2077-01-01' and date '2077-12-31'
                    order by registered_on, registration_no limit 20""").query(String.class).list();
            assertThat(numbers).isEqualTo(expected);
        });
    }

    private String body(String url, String bearer) {
        MvcTestResult answer = mvc.get().uri(url).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
        assertThat(answer).hasStatusOk();
        return new String(answer.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** {@code n} registrations of another office, of buyers in {@code buyerRegion}, one a day from 1 January 2077. */
    private void registeredElsewhere(int n, String buyerRegion) {
        jdbc.sql("""
                insert into external_contract_registration (registration_no, registering_region_code, registered_on,
                    signed_on, type, technology_field, seller_name, seller_credit_code, seller_region_code, buyer_name,
                    buyer_credit_code, buyer_region_code, contract_amount, tech_transaction_amount)
                select '2077110105' || lpad((s + (select count(*) from external_contract_registration
                        where registration_no like '2077110105%'))::text, 6, '0'),
                    '110105', date '2077-01-01' + (s % 365), date '2077-01-01', 'TECHNOLOGY_DEVELOPMENT', 'NEW_MATERIALS',
                    '外地卖方', ?, '110105', '江门买方', ?, ?, 1000.00, 900.00
                from generate_series(1, ?) s""")
                .params(ApiFixtures.randomCreditCode("110105"), ApiFixtures.randomCreditCode(buyerRegion), buyerRegion, n)
                .update();
    }
}
