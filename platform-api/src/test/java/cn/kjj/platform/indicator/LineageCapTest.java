package cn.kjj.platform.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lineage counts stop at 10,000 (decision 0048): a point of 10,001 records says "more than 10,000"
 * ({@code totalCapped}) on the API's lineage page, one of 10,000 gives its exact total. The records are
 * registrations of other offices written in a transaction that is rolled back (year 2077, which no other test
 * uses), so that nothing stays behind.
 */
@ApiTest
class LineageCapTest {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    IndicatorFixtures fx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aPointOfMoreThanTenThousandRecordsSaysSoAndOneOfTenThousandCountsThemAll() {
        String bearer = fx.fixtures().quickBearer(Role.ANALYST);
        String url = "/api/v1/indicators/contract-turnover/lineage?region=440700&period=2077&perspective=BUYER&size=3";
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            registeredElsewhere(10_000);
            MvcTestResult exact = mvc.get().uri(url).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
            assertThat(exact).hasStatusOk().bodyJson().hasPathSatisfying("$.total", v -> v.assertThat().isEqualTo(10000))
                    .hasPathSatisfying("$.totalCapped", v -> v.assertThat().isEqualTo(false));

            registeredElsewhere(1);
            MvcTestResult capped = mvc.get().uri(url).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
            assertThat(capped).hasStatusOk().bodyJson().hasPathSatisfying("$.total", v -> v.assertThat().isEqualTo(10000))
                    .hasPathSatisfying("$.totalCapped", v -> v.assertThat().isEqualTo(true))
                    .hasPathSatisfying("$.records.length()", v -> v.assertThat().isEqualTo(3));
            // the pages past the cap still answer
            MvcTestResult last = mvc.get().uri(url + "&page=3333").header(HttpHeaders.AUTHORIZATION, bearer).exchange();
            assertThat(last).hasStatusOk().bodyJson().hasPathSatisfying("$.records.length()",
                    v -> v.assertThat().isEqualTo(2));
        });
    }

    private void registeredElsewhere(int n) {
        jdbc.sql("""
                insert into external_contract_registration (registration_no, registering_region_code, registered_on,
                    signed_on, type, technology_field, seller_name, seller_credit_code, seller_region_code, buyer_name,
                    buyer_credit_code, buyer_region_code, contract_amount, tech_transaction_amount)
                select '2077110105' || lpad((s + (select count(*) from external_contract_registration
                        where registration_no like '2077110105%'))::text, 6, '0'),
                    '110105', date '2077-01-01' + (s % 365), date '2077-01-01', 'TECHNOLOGY_DEVELOPMENT', 'NEW_MATERIALS',
                    '外地卖方', ?, '110105', '江海买方', ?, '440704', 1000.00, 900.00
                from generate_series(1, ?) s""")
                .params(ApiFixtures.randomCreditCode("110105"), ApiFixtures.randomCreditCode("440704"), n).update();
    }
}
