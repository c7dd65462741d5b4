package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractApi.contract;
import static cn.kjj.platform.contract.ContractApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.ApiTestApplication.MutableClock;
import cn.kjj.platform.contract.ContractApi.Seller;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * The legal time limit: 15 working days after the latest submission (30 for two officials), in
 * the office's calendar; a return stops the clock and a resubmission starts it again. The
 * application's clock is fixed per test; parties are made after fixing it, so that their tokens
 * are valid at the fixed time.
 */
@ApiTest
class ContractReviewClockTest {

    private static final LocalDateTime FRIDAY_MORNING = LocalDateTime.parse("2027-03-05T10:00");

    @Autowired
    ContractApi api;

    @Autowired
    MutableClock clock;

    @AfterEach
    void backToTheSystemClock() {
        clock.reset();
    }

    @Test
    void aSubmissionOnAFridayIsDueThreeWeeksLaterOnAFriday() {
        clock.setBeijing(FRIDAY_MORNING);
        Seller seller = api.seller();

        JsonNode submitted = json(api.file(seller.bearer(), contract()));

        assertThat(submitted.get("submittedAt").asString()).isEqualTo("2027-03-05T02:00:00Z");
        assertThat(submitted.get("dueOn").asString()).isEqualTo("2027-03-26");
        assertThat(submitted.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void aSubmissionOnASaturdayCountsFromMonday() {
        clock.setBeijing(LocalDateTime.parse("2027-03-06T09:00"));
        Seller seller = api.seller();

        JsonNode submitted = json(api.file(seller.bearer(), contract()));

        // Monday 8 March is the first working day, Friday 26 March the fifteenth
        assertThat(submitted.get("dueOn").asString()).isEqualTo("2027-03-26");
    }

    @Test
    void theOfficesDateDecidesNotTheServersZone() {
        // Thursday 23:30 UTC is already Friday 07:30 in Beijing
        clock.set(Instant.parse("2027-03-04T23:30:00Z"));
        Seller seller = api.seller();

        JsonNode submitted = json(api.file(seller.bearer(), contract()));

        assertThat(submitted.get("dueOn").asString()).isEqualTo("2027-03-26");
    }

    @Test
    void aContractForTwoOfficialsGetsThirtyWorkingDays() {
        clock.setBeijing(FRIDAY_MORNING);
        Seller seller = api.seller();

        JsonNode submitted = json(api.file(seller.bearer(), contract("5000000.00")));

        assertThat(submitted.get("needsTwoOfficials").asBoolean()).isTrue();
        assertThat(submitted.get("dueOn").asString()).isEqualTo("2027-04-16");
    }

    @Test
    void aReturnStopsTheClockAndAResubmissionStartsItFromTheNewDate() {
        clock.setBeijing(FRIDAY_MORNING);
        Seller seller = api.seller();
        String official = api.official();
        long id = api.filed(seller.bearer(), contract());

        clock.setBeijing(LocalDateTime.parse("2027-03-09T15:00"));
        JsonNode returned = api.stepOk(official, id, "return", "请补充附件");
        assertThat(returned.get("dueOn").isNull()).isTrue();
        assertThat(returned.get("overdue").asBoolean()).isFalse();

        // Wednesday 17 March: fifteen working days on is Wednesday 7 April
        clock.setBeijing(LocalDateTime.parse("2027-03-17T11:00"));
        JsonNode resubmitted = api.stepOk(seller.bearer(), id, "submit");

        assertThat(resubmitted.get("submittedAt").asString()).isEqualTo("2027-03-17T03:00:00Z");
        assertThat(resubmitted.get("dueOn").asString()).isEqualTo("2027-04-07");
    }

    @Test
    void theOverdueFilterListsAContractOnlyOnceItsDueDateHasPassed() {
        clock.setBeijing(FRIDAY_MORNING);
        Seller seller = api.seller();
        String official = api.official();
        long late = api.filed(seller.bearer(), contract());
        long decided = api.filed(seller.bearer(), contract());
        api.stepOk(official, decided, "register");

        clock.setBeijing(LocalDateTime.parse("2027-03-26T17:00"));
        assertThat(overdue(official, seller, true)).isEmpty();
        assertThat(overdue(official, seller, false)).containsExactlyInAnyOrder(late, decided);
        assertThat(api.read(official, late).get("overdue").asBoolean()).isFalse();

        clock.setBeijing(LocalDateTime.parse("2027-03-27T08:00"));
        assertThat(overdue(official, seller, true)).containsExactly(late);
        assertThat(overdue(official, seller, false)).containsExactly(decided);
        assertThat(api.read(official, late).get("overdue").asBoolean()).isTrue();
        assertThat(api.read(seller.bearer(), late).get("overdue").asBoolean()).isTrue();
    }

    private List<Long> overdue(String bearer, Seller seller, boolean overdue) {
        JsonNode page = json(api.mvc().get().uri(ContractApi.CONTRACTS + "?overdue={o}&sellerId={s}", overdue, seller.id())
                .header(HttpHeaders.AUTHORIZATION, bearer).exchange());
        return page.get("content").valueStream().map(c -> c.get("id").asLong()).toList();
    }
}
