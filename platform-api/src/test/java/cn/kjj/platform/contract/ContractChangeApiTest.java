package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractApi.contract;
import static cn.kjj.platform.contract.ContractApi.json;
import static cn.kjj.platform.contract.ContractApi.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.ApiTestApplication.MutableClock;
import cn.kjj.platform.contract.ContractApi.Seller;
import cn.kjj.platform.indicator.TurnoverLedger;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Change and cancellation of registered contracts (变更登记 / 注销登记, decision 0034): applied for by
 * the registering party, decided by the registering office; the indicators move from the decision
 * date by the difference, a cancellation takes the contract out like a revocation.
 */
@ApiTest
class ContractChangeApiTest {

    @Autowired
    ContractApi api;

    @Autowired
    MutableClock clock;

    @Autowired
    TurnoverLedger turnover;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    MvcTestResult post(String bearer, String uri, Map<String, Object> body, Object... vars) {
        return api.mvc().post().uri(uri, vars).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json(body)).exchange();
    }

    MvcTestResult apply(String bearer, long id, Map<String, Object> body) {
        return post(bearer, ContractApi.CONTRACTS + "/{id}/changes", body, id);
    }

    MvcTestResult decide(String bearer, long id, long changeId, String step, Map<String, Object> body) {
        return post(bearer, ContractApi.CONTRACTS + "/{id}/changes/{cid}/{step}", body, id, changeId, step);
    }

    long registered(Seller seller) {
        long id = api.submitted(seller);
        api.stepOk(api.official(), id, "register");
        return id;
    }

    static long created(MvcTestResult result) {
        assertThat(result).as(() -> ContractApi.body(result)).hasStatus(HttpStatus.CREATED);
        return json(result).get("id").asLong();
    }

    Map<String, Long> rows() {
        Map<String, Long> counts = api.rowCounts();
        // audit events are written after their step's commit (decision 0024): a snapshot may race the last one
        counts.remove("audit_event");
        counts.put("contract_change", api.count("select count(*) from contract_change"));
        counts.put("contract_turnover_rollup", api.count("select count(*) from contract_turnover_rollup"));
        counts.put("version", api.count("select coalesce(sum(version), 0) from technology_contract"));
        return counts;
    }

    @Test
    void aSecondPendingApplicationOnTheSameContractIs409AndChangesNothing() {
        Seller seller = api.seller();
        long id = registered(seller);
        long first = created(apply(seller.bearer(), id, body("kind", "CHANGE", "reason", "补充协议",
                "contractAmount", new BigDecimal("4000000.00"))));
        assertThat(json(api.mvc().get().uri(ContractApi.CONTRACTS + "/{id}/changes", id)
                .header(HttpHeaders.AUTHORIZATION, seller.bearer()).exchange()).get(0).get("status").asString())
                .isEqualTo("PENDING");
        Map<String, Long> before = rows();

        MvcTestResult second = apply(seller.bearer(), id, body("kind", "CANCEL", "reason", "合同解除"));

        assertThat(second).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.contract.change.pending"));
        assertThat(rows()).isEqualTo(before);
        // once the first is decided, the party may apply again
        assertThat(decide(api.official(), id, first, "reject", body("reason", "补充协议未盖章",
                "reasonCode", "SIGNATURES_INCOMPLETE"))).hasStatusOk();
        created(apply(seller.bearer(), id, body("kind", "CANCEL", "reason", "合同解除")));
    }

    @Test
    void anApprovedChangeMovesTheTurnoverByTheDifferenceFromItsDecisionMonthAndLeavesThePastAsPublished() {
        Seller seller = api.seller();
        clock.setBeijing(LocalDateTime.of(2025, 3, 10, 10, 0));
        long id = api.filed(seller.bearer(), with(with(contract(), "signedOn", "2025-02-03"), "validFrom", "2025-02-03"));
        Map<String, BigDecimal[]> start = months();
        api.stepOk(api.official(), id, "register");
        long change = created(apply(seller.bearer(), id, body("kind", "CHANGE", "reason", "补充协议增加开发内容",
                "contractAmount", new BigDecimal("4100000.00"), "techTransactionAmount", new BigDecimal("3250000.50"),
                "validTo", "2026-06-30")));
        Map<String, BigDecimal[]> registered = months();
        assertThat(delta(registered, start, "2025-03")).containsExactly(new BigDecimal("3600000.00"),
                new BigDecimal("3000000.00"));

        clock.setBeijing(LocalDateTime.of(2025, 6, 16, 9, 30));
        MvcTestResult approval = decide(api.official(), id, change, "approve", body("reason", "补充协议已核验"));
        assertThat(approval).as(() -> ContractApi.body(approval)).hasStatusOk();
        JsonNode approved = json(approval);

        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("decidedOn").asString()).isEqualTo("2025-06-16");
        JsonNode contract = api.read(seller.bearer(), id);
        assertThat(contract.get("contractAmount").decimalValue()).isEqualByComparingTo("4100000.00");
        assertThat(contract.get("techTransactionAmount").decimalValue()).isEqualByComparingTo("3250000.50");
        assertThat(contract.get("validTo").asString()).isEqualTo("2026-06-30");
        assertThat(contract.get("status").asString()).isEqualTo("REGISTERED");
        Map<String, BigDecimal[]> changed = months();
        // March keeps what was registered; June gains the difference, counting no second contract
        assertThat(delta(changed, registered, "2025-03")).containsExactly(BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2));
        assertThat(delta(changed, registered, "2025-06")).containsExactly(new BigDecimal("500000.00"),
                new BigDecimal("250000.50"));
        assertThat(count(changed, "2025-06") - count(registered, "2025-06")).isZero();
        // the by-dimension roll-up moves with it: June's fields add up to June's total
        assertThat(groupsOf("2025-06", "FIELD")).isEqualByComparingTo(changed.get("2025-06")[0]);
        assertThat(groupsOf("2025-03", "PLAN_SOURCE")).isEqualByComparingTo(changed.get("2025-03")[0]);
        // the roll-up's one rebuild agrees
        new TransactionTemplate(transactions).executeWithoutResult(status -> turnover.rebuild());
        assertThat(delta(months(), changed, "2025-03")).containsExactly(BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2));
        assertThat(delta(months(), changed, "2025-06")).containsExactly(BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2));

        // a later revocation takes out all of it, each part where it was added
        clock.setBeijing(LocalDateTime.of(2025, 9, 1, 9, 0));
        api.stepOk(api.official(), id, "revoke", "虚报合同金额");
        Map<String, BigDecimal[]> revoked = months();
        assertThat(delta(revoked, start, "2025-03")).containsExactly(BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2));
        assertThat(delta(revoked, start, "2025-06")).containsExactly(BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2));
    }

    @Test
    void aRevocationEndsThePendingChangeSoNothingCanLaterMoveTheFiguresOfARevokedContract() {
        Seller seller = api.seller();
        Map<String, BigDecimal[]> start = months();
        long id = registered(seller);
        long change = created(apply(seller.bearer(), id, body("kind", "CHANGE", "reason", "补充协议",
                "contractAmount", new BigDecimal("4000000.00"))));

        api.stepOk(api.official(), id, "revoke", "虚报合同金额");

        JsonNode lapsed = json(api.mvc().get().uri(ContractApi.CONTRACTS + "/{id}/changes", id)
                .header(HttpHeaders.AUTHORIZATION, seller.bearer()).exchange()).get(0);
        assertThat(lapsed.get("status").asString()).isEqualTo("REFUSED");
        assertThat(lapsed.toString()).contains("登记已终止");
        Map<String, Long> before = rows();
        MvcTestResult approval = decide(api.official(), id, change, "approve", body());
        assertThat(approval).hasStatus(HttpStatus.CONFLICT);
        assertThat(rows()).isEqualTo(before);
        assertThat(api.read(seller.bearer(), id).get("contractAmount").decimalValue()).isEqualByComparingTo("3600000.00");
        String month = ContractApi.today().toString().substring(0, 7);
        assertThat(delta(months(), start, month)).containsExactly(BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2));
    }

    @Test
    void anApprovedCancellationShowsCancelledOnTheVerificationAndTakesTheContractOutOfTheIndicators() {
        Seller seller = api.seller();
        Map<String, BigDecimal[]> start = months();
        long id = registered(seller);
        String token = api.fixtures().jdbc().sql("select verification_token from technology_contract where id = ?")
                .param(id).query(String.class).single();
        long change = created(apply(seller.bearer(), id, body("kind", "CANCEL", "reason", "合同已协议解除")));

        JsonNode approved = json(decide(api.official(), id, change, "approve", body()));

        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        JsonNode contract = api.read(seller.bearer(), id);
        assertThat(contract.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(contract.get("registrationNo").isNull()).isFalse();
        JsonNode verified = json(api.mvc().get().uri("/api/v1/verify/{token}", token).exchange());
        assertThat(verified.get("status").asString()).isEqualTo("CANCELLED");
        String month = ContractApi.today().toString().substring(0, 7);
        assertThat(delta(months(), start, month)).containsExactly(BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2));
        // a cancelled registration takes no further step
        assertThat(apply(seller.bearer(), id, body("kind", "CANCEL", "reason", "再次注销")))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(api.step(api.official(), id, "revoke", "撤销")).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void badApplicationsAre400ProblemsAndStoreNothing() {
        Seller seller = api.seller();
        long id = registered(seller);
        Map<String, Long> before = rows();

        assertRefused(apply(seller.bearer(), id, body("kind", "CHANGE", "reason", "无变更")),
                "contractAmount", "error.contract.change.nothing");
        assertRefused(apply(seller.bearer(), id, body("kind", "CANCEL", "reason", "解除",
                "contractAmount", new BigDecimal("1.00"))), "contractAmount", "error.contract.change.cancelFigures");
        assertRefused(apply(seller.bearer(), id, body("kind", "MERGE", "reason", "合并")),
                "kind", "error.contract.change.kind");
        assertRefused(apply(seller.bearer(), id, body("kind", "CHANGE", "contractAmount",
                new BigDecimal("4000000.00"))), "reason", "error.field.required");
        assertRefused(apply(seller.bearer(), id, body("kind", "CHANGE", "reason", "金额",
                "techTransactionAmount", new BigDecimal("3600000.01"))), "techTransactionAmount",
                "error.contract.techAmountExceedsContract");
        assertRefused(apply(seller.bearer(), id, body("kind", "CHANGE", "reason", "金额",
                "contractAmount", new BigDecimal("3700000.125"))), "contractAmount", "error.money.scale");
        assertRefused(apply(seller.bearer(), id, body("kind", "CHANGE", "reason", "期限",
                "validTo", "2022-01-01")), "validTo", "error.contract.validity.reversed");

        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void othersContractsAndApplicationsAre404AndTheRolesThatMayNotAre403() {
        Seller seller = api.seller();
        long id = registered(seller);
        long change = created(apply(seller.bearer(), id, body("kind", "CANCEL", "reason", "合同解除")));
        long other = registered(seller);
        Map<String, Long> before = rows();

        assertThat(apply(api.seller().bearer(), id, body("kind", "CANCEL", "reason", "别人的合同")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.mvc().get().uri(ContractApi.CONTRACTS + "/{id}/changes", id)
                .header(HttpHeaders.AUTHORIZATION, api.seller().bearer()).exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(decide(api.official(ContractApi.PENGJIANG), id, change, "approve", body()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(decide(seller.bearer(), id, change, "approve", body())).hasStatus(HttpStatus.FORBIDDEN);
        // an application of another contract is not found through this one
        assertThat(decide(api.official(), other, change, "approve", body())).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(rows()).isEqualTo(before);
        assertThat(api.status(seller.bearer(), id)).isEqualTo("REGISTERED");
    }

    @Test
    void anIllegalTransitionIs409AndChangesNothing() {
        Seller seller = api.seller();
        long submitted = api.submitted(seller);
        assertThat(apply(seller.bearer(), submitted, body("kind", "CANCEL", "reason", "尚未登记")))
                .hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.contract.transition.illegal"));

        long id = registered(seller);
        long change = created(apply(seller.bearer(), id, body("kind", "CHANGE", "reason", "补充协议",
                "contractAmount", new BigDecimal("3800000.00"))));
        assertThat(decide(api.official(), id, change, "approve", body())).hasStatusOk();
        Map<String, Long> before = rows();

        assertThat(decide(api.official(), id, change, "approve", body())).hasStatus(HttpStatus.CONFLICT);
        assertThat(decide(api.official(), id, change, "reject", body("reason", "迟到的拒绝")))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(rows()).isEqualTo(before);

        // an application pending when the registration is revoked cannot be approved any more
        long pending = created(apply(seller.bearer(), id, body("kind", "CHANGE", "reason", "再次补充",
                "contractAmount", new BigDecimal("3900000.00"))));
        api.stepOk(api.official(), id, "revoke", "材料虚假");
        Map<String, Long> revoked = rows();
        assertThat(decide(api.official(), id, pending, "approve", body())).hasStatus(HttpStatus.CONFLICT);
        assertThat(rows()).isEqualTo(revoked);
        assertThat(api.read(seller.bearer(), id).get("contractAmount").decimalValue())
                .isEqualByComparingTo("3800000.00");
    }

    private static void assertRefused(MvcTestResult result, String field, String code) {
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith("application/problem+json")
                .bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo(field))
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo(code));
    }

    /** Jianghai's output per month of 2025 and of this year: contract amount, tech amount and count. */
    private Map<String, BigDecimal[]> months() {
        Map<String, BigDecimal[]> months = new LinkedHashMap<>();
        for (String year : new String[] {"2025", String.valueOf(ContractApi.today().getYear())}) {
            String url = "/api/v1/indicators/contract-turnover?region=" + ContractApi.JIANGHAI + "&from=" + year
                    + "-01-01&to=" + year + "-12-31&period=MONTH";
            JsonNode body = json(api.mvc().get().uri(url).header(HttpHeaders.AUTHORIZATION, api.admin()).exchange());
            for (JsonNode p : body.get("series")) {
                months.put(p.get("period").asString(), new BigDecimal[] {p.get("contractAmount").decimalValue(),
                        p.get("techTransactionAmount").decimalValue(), BigDecimal.valueOf(p.get("count").asLong())});
            }
        }
        return months;
    }

    /** Jianghai's output of one month of 2025 split by a dimension, its groups' contract amounts added up. */
    private BigDecimal groupsOf(String month, String by) {
        String url = "/api/v1/indicators/contract-turnover?region=" + ContractApi.JIANGHAI
                + "&from=2025-01-01&to=2025-12-31&period=MONTH&by=" + by;
        JsonNode body = json(api.mvc().get().uri(url).header(HttpHeaders.AUTHORIZATION, api.admin()).exchange());
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode p : body.get("series")) {
            if (p.get("period").asString().equals(month)) {
                sum = sum.add(p.get("contractAmount").decimalValue());
            }
        }
        return sum;
    }

    private static BigDecimal[] delta(Map<String, BigDecimal[]> after, Map<String, BigDecimal[]> before, String month) {
        BigDecimal[] a = after.getOrDefault(month, zero());
        BigDecimal[] b = before.getOrDefault(month, zero());
        return new BigDecimal[] {a[0].subtract(b[0]).setScale(2), a[1].subtract(b[1]).setScale(2)};
    }

    private static long count(Map<String, BigDecimal[]> months, String month) {
        return months.getOrDefault(month, zero())[2].longValue();
    }

    private static BigDecimal[] zero() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    }
}
