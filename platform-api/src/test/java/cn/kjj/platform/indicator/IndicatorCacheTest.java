package cn.kjj.platform.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.common.Bookkeeping;
import cn.kjj.platform.identity.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicator cache (decision 0057) never answers with what was true before a write: a write of this node shows in
 * the next read, a write from outside the application once its notice arrives, and with nobody listening for such
 * notices every answer is computed. Changes and cancellations of old contracts (ContractChangeApiTest) and imports
 * (ExternalContractImportTest) read the same addresses before and after, through the same cache.
 */
@ApiTest
class IndicatorCacheTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String JIANGHAI = IndicatorApiTest.JIANGHAI;
    private static final String PENGJIANG = IndicatorApiTest.PENGJIANG;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    IndicatorFixtures fx;
    @Autowired
    DataGeneration generation;
    @Autowired
    DataChangeListener listener;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void listening() {
        await().atMost(Duration.ofSeconds(5)).until(generation::listening);
    }

    @AfterEach
    void resetClockAndListen() {
        fx.clock().reset();
        listener.start();
        await().atMost(Duration.ofSeconds(5)).until(generation::listening);
    }

    private MvcTestResult get(String url, String bearer, String ifNoneMatch) {
        var request = mvc.get().uri(url).header(HttpHeaders.AUTHORIZATION, bearer);
        return ifNoneMatch == null ? request.exchange() : request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch).exchange();
    }

    private JsonNode json(String url) {
        MvcTestResult result = get(url, fx.fixtures().quickBearer(Role.ANALYST), null);
        assertThat(result).hasStatusOk();
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    private static long count(JsonNode turnover) {
        return turnover.get("series").get(0).get("count").asLong();
    }

    @Test
    void aRegistrationAndARevocationShowInTheNextReadAndAnUnchangedAnswerIs304ToItsETag() {
        fx.on(LocalDate.of(2051, 5, 10));
        String url = "/api/v1/indicators/contract-turnover?region=" + JIANGHAI + "&from=2051-01-01&to=2051-12-31";
        String analyst = fx.fixtures().quickBearer(Role.ANALYST);
        MvcTestResult first = get(url, analyst, null);
        assertThat(first).hasStatusOk();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).matches("\"[A-Za-z0-9_-]+\"");
        assertThat(get(url, analyst, etag)).hasStatus(HttpStatus.NOT_MODIFIED);
        long before = count(json(url));

        long id = fx.registered(JIANGHAI, JIANGHAI, "1000.00");

        MvcTestResult registered = get(url, analyst, etag);
        assertThat(registered).hasStatusOk();
        assertThat(count(JSON.readTree(registered.getResponse().getContentAsByteArray()))).isEqualTo(before + 1);
        assertThat(registered.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);

        fx.revokeContract(id);

        assertThat(count(json(url))).isEqualTo(before);
    }

    /**
     * "At once" on the writing node does not wait for PostgreSQL's notice (which a registration also sends): the
     * generation has moved when the committing call returns, even for a transaction that notifies nothing.
     */
    @Test
    void aCommitOfThisNodeHasMovedTheGenerationWhenItReturns() {
        long before = generation.current();

        new TransactionTemplate(transactions).executeWithoutResult(status -> { });

        assertThat(generation.current()).isGreaterThan(before);
    }

    /**
     * A bearer token's first use writes its last use, and Spring Session saves a portal session on every request:
     * bookkeeping, which leaves the generation (and so every kept answer) where it was. Tried again with a new token
     * when the generation moved meanwhile for another reason (a late notice of an earlier test's write); bookkeeping
     * that moved it would move it on every try, and the wait would fail.
     */
    @Test
    void aTokensFirstUseAndOtherBookkeepingLeaveKeptAnswersKept() {
        String url = "/api/v1/indicators/contract-turnover?region=" + JIANGHAI + "&from=2051-01-01&to=2051-12-31";
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            String bearer = fx.fixtures().quickBearer(Role.ANALYST);
            long before = generation.current();

            assertThat(get(url, bearer, null)).hasStatusOk();
            Bookkeeping.transactions(transactions, "test", true).executeWithoutResult(status -> { });

            return generation.current() == before;
        });
    }

    @Test
    void aWriteFromOutsideTheApplicationShowsOnceItsNoticeArrives() {
        fx.on(LocalDate.of(2052, 3, 1));
        fx.statistic(JIANGHAI, 2051, "10000000000.00", "100000000.00");
        String url = "/api/v1/indicators/rd-intensity?region=" + JIANGHAI + "&from=2051&to=2051";
        assertThat(rdExpenditure(url)).isEqualByComparingTo("100000000.00");
        long seen = generation.current();

        outsideTheApplication(JIANGHAI, 2051, "250000000.00");

        await().atMost(Duration.ofSeconds(5)).until(() -> generation.current() != seen);
        assertThat(rdExpenditure(url)).isEqualByComparingTo("250000000.00");
    }

    @Test
    void withNobodyListeningForChangesEveryAnswerIsComputed() {
        fx.on(LocalDate.of(2053, 3, 1));
        fx.statistic(PENGJIANG, 2052, "10000000000.00", "100000000.00");
        String url = "/api/v1/indicators/rd-intensity?region=" + PENGJIANG + "&from=2052&to=2052";
        listener.stop();
        assertThat(generation.current()).isEqualTo(DataGeneration.NONE);
        assertThat(rdExpenditure(url)).isEqualByComparingTo("100000000.00");

        outsideTheApplication(PENGJIANG, 2052, "300000000.00");

        assertThat(rdExpenditure(url)).isEqualByComparingTo("300000000.00");
    }

    @Test
    void callersOfDifferentRegionsNeverSeeEachOthersAnswer() {
        String report = "/api/v1/reports/technology-market?year=2024";
        String pengjiang = fx.fixtures().officialBearer(PENGJIANG);
        String jianghai = fx.fixtures().officialBearer(JIANGHAI);
        for (int twice = 0; twice < 2; twice++) {
            assertThat(get(report, pengjiang, null)).hasStatusOk().bodyJson()
                    .hasPathSatisfying("$.region", v -> v.assertThat().isEqualTo(PENGJIANG));
            assertThat(get(report, jianghai, null)).hasStatusOk().bodyJson()
                    .hasPathSatisfying("$.region", v -> v.assertThat().isEqualTo(JIANGHAI));
            assertThat(get(report + "&region=" + PENGJIANG, pengjiang, null)).hasStatusOk();
            assertThat(get(report + "&region=" + PENGJIANG, jianghai, null)).hasStatus(HttpStatus.NOT_FOUND);
        }
    }

    private BigDecimal rdExpenditure(String url) {
        return json(url).get("series").get(0).get("rdExpenditure").decimalValue();
    }

    /** A change made as psql or another node would: a connection of its own, no transaction of this application. */
    private void outsideTheApplication(String district, int year, String rd) {
        fx.fixtures().jdbc().sql("update regional_statistic set rd_expenditure = ? where region_code = ? and year = ?")
                .params(new BigDecimal(rd), district, year).update();
    }
}
