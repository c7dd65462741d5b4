package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every step from every status an application reaches by its steps: the steps decision 0039 allows (written
 * out here, not read from the code) are not tried; every other is 409
 * {@code error.programApplication.transition.illegal} and leaves the status, the version, the money and the
 * history as they were.
 */
@ApiTest
class IllegalTransitionsApiTest {

    /** Each step with a body the step would accept from its own status. */
    static final Map<String, String> STEPS = Map.of("accept", "{}", "return", "{\"reason\": \"补正\"}",
            "reject", "{\"reason\": \"不符\"}", "approve", "{\"amount\": 1000}", "decline", "{\"reason\": \"不予\"}",
            "disbursements", "{\"amount\": 1, \"paidOn\": \"2026-05-31\"}", "midterm", "{\"passed\": true}",
            "complete", "{\"result\": \"PASSED\"}", "terminate", "{\"reason\": \"终止\"}", "resubmit", "{}");

    /** The steps decision 0039 allows from each status (resubmit is the applicant's, the rest the office's). */
    static final Map<String, Set<String>> LEGAL = new LinkedHashMap<>();

    static {
        LEGAL.put("SUBMITTED", Set.of("accept", "return", "reject"));
        LEGAL.put("RETURNED", Set.of("resubmit"));
        LEGAL.put("REJECTED", Set.of());
        LEGAL.put("UNDER_REVIEW", Set.of("approve", "decline"));
        LEGAL.put("DECLINED", Set.of());
        LEGAL.put("APPROVED", Set.of("disbursements", "midterm", "terminate"));
        LEGAL.put("MIDTERM_PASSED", Set.of("disbursements", "complete", "terminate"));
        LEGAL.put("MIDTERM_FAILED", Set.of("midterm", "terminate"));
        LEGAL.put("EXTENDED", Set.of("disbursements", "complete", "terminate"));
        LEGAL.put("COMPLETED", Set.of());
        LEGAL.put("COMPLETION_FAILED", Set.of("terminate"));
        LEGAL.put("TERMINATED", Set.of());
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    ProgramApplicationApi api;
    String official;
    String clerk;
    long program;
    long call;

    @Test
    void everyStepNotAllowedFromAStatusIs409AndChangesNothing() throws Exception {
        api = new ProgramApplicationApi(mvc, fixtures);
        official = fixtures.officialBearer(ApiFixtures.JIANGHAI);
        clerk = fixtures.enterpriseBearer(fixtures.enterprise(ApiFixtures.JIANGHAI));
        program = api.program(official, ApiFixtures.JIANGHAI, "5000000.00");
        call = api.call(official, program, "3000000.00", "ANY");
        List<String> wrong = new ArrayList<>();
        int tried = 0;

        for (Map.Entry<String, Set<String>> status : LEGAL.entrySet()) {
            long application = reach(status.getKey());
            assertThat(stored(application).get("status")).as("reached").isEqualTo(status.getKey());
            Map<String, Object> before = stored(application);
            for (Map.Entry<String, String> step : STEPS.entrySet()) {
                if (status.getValue().contains(step.getKey())) {
                    continue;
                }
                String bearer = step.getKey().equals("resubmit") ? clerk : official;
                MvcTestResult result = api.step(bearer, application, step.getKey(), step.getValue());
                tried++;
                String answer = status.getKey() + " " + step.getKey() + ": " + result.getResponse().getStatus();
                if (result.getResponse().getStatus() != HttpStatus.CONFLICT.value()
                        || !"error.programApplication.transition.illegal".equals(
                                ProgramApplicationApi.json(result, "$.code"))) {
                    wrong.add(answer + " " + result.getResponse().getContentAsString());
                } else if (!stored(application).equals(before)) {
                    wrong.add(answer + " changed " + before + " to " + stored(application));
                }
            }
        }
        assertThat(tried).isGreaterThanOrEqualTo(90);
        assertThat(wrong).isEmpty();
    }

    /** A new application brought to {@code status} by the steps an official and its applicant take. */
    private long reach(String status) {
        long id = api.applied(clerk, program, call, "100000.00");
        // with its document, so that no step is refused for a missing one rather than for the status
        assertThat(api.attach(clerk, id, "项目申报书", ProgramApplicationApi.PDF)).hasStatus(HttpStatus.CREATED);
        LongConsumer underReview = a -> ok(a, "accept", "{}");
        LongConsumer approved = a -> {
            underReview.accept(a);
            ok(a, "approve", "{\"amount\": 100000}");
            ok(a, "disbursements", "{\"amount\": 10000, \"paidOn\": \"2026-04-30\"}");
        };
        switch (status) {
            case "SUBMITTED" -> { }
            case "RETURNED" -> ok(id, "return", "{\"reason\": \"补正\"}");
            case "REJECTED" -> ok(id, "reject", "{\"reason\": \"不符\"}");
            case "UNDER_REVIEW" -> underReview.accept(id);
            case "DECLINED" -> {
                underReview.accept(id);
                ok(id, "decline", "{\"reason\": \"不予\"}");
            }
            case "APPROVED" -> approved.accept(id);
            case "MIDTERM_PASSED" -> {
                approved.accept(id);
                ok(id, "midterm", "{\"passed\": true}");
            }
            case "MIDTERM_FAILED" -> {
                approved.accept(id);
                ok(id, "midterm", "{\"passed\": false, \"note\": \"进度滞后\"}");
            }
            case "EXTENDED", "COMPLETED", "COMPLETION_FAILED" -> {
                approved.accept(id);
                ok(id, "midterm", "{\"passed\": true}");
                String result = status.equals("EXTENDED") ? "EXTENDED"
                        : status.equals("COMPLETED") ? "PASSED" : "FAILED";
                ok(id, "complete", "{\"result\": \"" + result + "\", \"note\": \"验收意见\"}");
            }
            case "TERMINATED" -> {
                approved.accept(id);
                ok(id, "terminate", "{\"reason\": \"终止\", \"recoveredAmount\": 5000}");
            }
            default -> throw new IllegalArgumentException(status);
        }
        return id;
    }

    private void ok(long application, String step, String body) {
        assertThat(api.step(official, application, step, body).getResponse().getStatus()).as(step).isBetween(200, 201);
    }

    /** What a refused step must leave alone: status, version, money and the number of history rows. */
    private Map<String, Object> stored(long application) {
        Map<String, Object> row = new LinkedHashMap<>(fixtures.jdbc().sql("""
                        select status, version, approved_amount, paid_total, recovered_total,
                               (select count(*) from program_application_history h where h.application_id = a.id) as steps,
                               (select count(*) from program_disbursement d where d.application_id = a.id) as tranches
                        from program_application a where id = ?""").param(application).query().singleRow());
        row.replaceAll((k, v) -> v instanceof BigDecimal b ? b.stripTrailingZeros() : v);
        return row;
    }
}
