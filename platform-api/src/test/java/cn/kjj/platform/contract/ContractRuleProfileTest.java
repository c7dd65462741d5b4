package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractApi.contract;
import static cn.kjj.platform.contract.ContractApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.ApiTestApplication.MutableClock;
import cn.kjj.platform.contract.ContractApi.Seller;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Rule profiles of the registering offices (decision 0032), in Enping, which no other test files
 * contracts in; the choice is undone after each test.
 */
@ApiTest
class ContractRuleProfileTest {

    private static final String RULES = "/api/v1/contracts/rules";
    private static final String ENPING = "440785";
    /** Monday 5 March 2029. */
    private static final LocalDateTime MONDAY_MORNING = LocalDateTime.parse("2029-03-05T10:00");

    @Autowired
    ContractApi api;

    @Autowired
    MutableClock clock;

    @AfterEach
    void cleanUp() {
        clock.reset();
        api.fixtures().jdbc().sql("delete from contract_rule_region").update();
    }

    @Test
    void anOfficeWithoutAChoiceWorksUnderTheDefault() {
        JsonNode rules = json(get(api.seller().bearer(), ENPING));

        assertThat(rules.get("profile").asString()).isEqualTo("DEFAULT");
        assertThat(rules.get("reviewDays").asInt()).isEqualTo(15);
        assertThat(rules.get("dayKind").asString()).isEqualTo("WORKING");
        assertThat(rules.get("largeBasis").asString()).isEqualTo("CONTRACT_AMOUNT");
        assertThat(rules.get("largeThreshold").decimalValue()).isEqualByComparingTo("5000000");
        assertThat(rules.get("largeReviewDays").asInt()).isEqualTo(30);
    }

    @Test
    void aContractKeepsItsProfileAndDueDateWhenTheOfficeChoosesAnother() {
        clock.setBeijing(MONDAY_MORNING);
        Seller seller = api.seller(ENPING);
        long before = api.filed(seller.bearer(), contract());
        assertThat(api.read(seller.bearer(), before).get("dueOn").asString()).isEqualTo("2029-03-26");

        assertThat(put(api.admin(), ENPING, "MEASURES_2000")).hasStatusOk();

        JsonNode kept = api.read(seller.bearer(), before);
        assertThat(kept.get("ruleProfile").asString()).isEqualTo("DEFAULT");
        assertThat(kept.get("dueOn").asString()).isEqualTo("2029-03-26");
        // MEASURES_2000 counts 30 calendar days: from Monday 5 March to Wednesday 4 April
        JsonNode after = api.read(seller.bearer(), api.filed(seller.bearer(), contract()));
        assertThat(after.get("ruleProfile").asString()).isEqualTo("MEASURES_2000");
        assertThat(after.get("dueOn").asString()).isEqualTo("2029-04-04");
        assertThat(json(get(seller.bearer(), ENPING)).get("dayKind").asString()).isEqualTo("CALENDAR");
        assertThat(api.count("select count(*) from audit_event where action = 'contract.rules.choose' and entity_id = ?",
                ENPING)).isPositive();
    }

    @Test
    void draft2024JudgesLargeOnTheTechnologyTransactionAmount() {
        clock.setBeijing(MONDAY_MORNING);
        assertThat(put(api.admin(), ENPING, "DRAFT_2024")).hasStatusOk();
        Seller seller = api.seller(ENPING);
        String official = api.official(ENPING);

        // 6 million of contract amount but 3 million of technology: not large under DRAFT_2024
        JsonNode small = json(api.file(seller.bearer(), amounts("6000000.00", "3000000.00")));
        assertThat(small.get("needsTwoOfficials").asBoolean()).isFalse();
        assertThat(small.get("dueOn").asString()).isEqualTo("2029-03-26");
        assertThat(api.stepOk(official, small.get("id").asLong(), "register").get("status").asString())
                .isEqualTo("REGISTERED");

        JsonNode large = json(api.file(seller.bearer(), amounts("6000000.00", "5000000.00")));
        assertThat(large.get("needsTwoOfficials").asBoolean()).isTrue();
        assertThat(large.get("dueOn").asString()).isEqualTo("2029-04-16");
        // the first official 核定s 4 million: the review under way stays that of a large contract
        MvcTestResult first = api.mvc().post().uri("/api/v1/contracts/{id}/register", large.get("id").asLong())
                .header(HttpHeaders.AUTHORIZATION, official).contentType(MediaType.APPLICATION_JSON)
                .content(json(Map.of("techTransactionAmount", new BigDecimal("4000000.00")))).exchange();
        assertThat(first).hasStatusOk();
        assertThat(json(first).get("status").asString()).isEqualTo("PENDING_SECOND_REVIEW");
        assertThat(json(first).get("needsTwoOfficials").asBoolean()).isTrue();
        assertThat(json(first).get("dueOn").asString()).isEqualTo("2029-04-16");
        JsonNode registered = api.stepOk(api.official(ENPING), large.get("id").asLong(), "register");
        assertThat(registered.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(registered.get("techTransactionAmount").decimalValue()).isEqualByComparingTo("4000000.00");

        // the same amounts in an office under the default profile: large on the contract amount
        JsonNode byDefault = json(api.file(api.seller().bearer(), amounts("6000000.00", "3000000.00")));
        assertThat(byDefault.get("needsTwoOfficials").asBoolean()).isTrue();
        assertThat(byDefault.get("ruleProfile").asString()).isEqualTo("DEFAULT");
    }

    @Test
    void onlyAnAdministratorChoosesAndBadInputChangesNothing() {
        for (String caller : List.of(api.official(ENPING), api.seller(ENPING).bearer(), api.analyst())) {
            assertThat(put(caller, ENPING, "DRAFT_2024")).hasStatus(HttpStatus.FORBIDDEN);
        }
        String admin = api.admin();
        assertThat(put(admin, ENPING, "BEIJING")).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(put(admin, ENPING, null)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(put(admin, "999999", "DRAFT_2024")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(put(admin, null, "DRAFT_2024")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(get(admin, "12")).hasStatus(HttpStatus.BAD_REQUEST);

        assertThat(api.count("select count(*) from contract_rule_region")).isZero();
        assertThat(json(get(admin, ENPING)).get("profile").asString()).isEqualTo("DEFAULT");
    }

    private static Map<String, Object> amounts(String contractAmount, String techTransactionAmount) {
        Map<String, Object> body = contract(contractAmount);
        body.put("techTransactionAmount", new BigDecimal(techTransactionAmount));
        return body;
    }

    private MvcTestResult get(String bearer, String region) {
        return api.mvc().get().uri(RULES + "?region=" + region).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    private MvcTestResult put(String bearer, String region, String profile) {
        String uri = region == null ? RULES : RULES + "?region=" + region;
        return api.mvc().put().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(profile == null ? Map.of() : Map.of("profile", profile))).exchange();
    }
}
