package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Two officials awarding from one program at the same moment never pass its budget together. */
@ApiTest
class ProgramBudgetConcurrencyTest {

    private static final int AWARDS = 10;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    @Test
    void tenSimultaneousAwardsOf150000FromABudgetOf1000000LeaveExactlySixBooked() throws Exception {
        String first = fixtures.officialBearer(ApiFixtures.JIANGHAI);
        String second = fixtures.officialBearer(ApiFixtures.JIANGHAI);
        long program = createProgram(first);
        long enterprise = fixtures.enterprise();
        String body = ProgramApiTest.award(enterprise, "150000.00");

        CountDownLatch ready = new CountDownLatch(AWARDS);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(AWARDS);
        List<Future<MvcTestResult>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < AWARDS; i++) {
                String bearer = i % 2 == 0 ? first : second;
                outcomes.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return mvc.post().uri("/api/v1/programs/{id}/awards", program)
                            .header(HttpHeaders.AUTHORIZATION, bearer)
                            .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all threads ready").isTrue();
            start.countDown();
            List<MvcTestResult> results = new ArrayList<>();
            for (Future<MvcTestResult> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }

            Map<Integer, Long> byStatus = results.stream()
                    .collect(Collectors.groupingBy(r -> r.getResponse().getStatus(), Collectors.counting()));
            assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(201, 6L, 409, 4L));
            assertThat(results.stream().filter(r -> r.getResponse().getStatus() == 409).map(this::code))
                    .containsOnly("error.program.budgetExceeded");
        } finally {
            pool.shutdownNow();
        }

        BigDecimal awardedTotal = fixtures.jdbc().sql("select awarded_total from program where id = ?")
                .param(program).query(BigDecimal.class).single();
        BigDecimal sumOfAwards = fixtures.jdbc().sql("select coalesce(sum(amount), 0) from program_award where program_id = ?")
                .param(program).query(BigDecimal.class).single();
        assertThat(awardedTotal).isEqualByComparingTo("900000.00");
        assertThat(sumOfAwards).isEqualByComparingTo(awardedTotal);
        assertThat(fixtures.jdbc().sql("select count(*) from audit_event where entity_type = 'program' "
                        + "and entity_id = ? and action = 'program.award'").param(String.valueOf(program))
                .query(Long.class).single()).isEqualTo(6);
    }

    private long createProgram(String bearer) {
        MvcTestResult created = mvc.post().uri("/api/v1/programs").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(ProgramApiTest.program("并发预算测试", ApiFixtures.JIANGHAI, 2023, "1000000.00")).exchange();
        Number id = JsonPath.read(text(created), "$.id");
        return id.longValue();
    }

    private String code(MvcTestResult result) {
        return JsonPath.read(text(result), "$.code");
    }

    private static String text(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
