package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractApi.contract;
import static cn.kjj.platform.contract.ContractApi.json;
import static cn.kjj.platform.contract.ContractApi.withBuyer;
import static cn.kjj.platform.contract.ContractChangeApiTest.body;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.contract.ContractApi.Seller;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Objections (异议, decision 0034): a party or an official of another office objects by the
 * registration number; the registering office confirms or corrects (re-核定 or cancellation), with
 * history.
 */
@ApiTest
class ContractObjectionApiTest {

    private static final String RAISE = ContractApi.CONTRACTS + "/objections";

    @Autowired
    ContractApi api;

    record Registered(long id, String registrationNo, Seller seller, Seller buyer) {
    }

    private Registered registered() {
        Seller seller = api.seller();
        Seller buyer = api.seller();
        Map<String, Object> body = withBuyer(withBuyer(contract(), "creditCode", buyer.creditCode()),
                "regionCode", ContractApi.JIANGHAI);
        long id = api.filed(seller.bearer(), body);
        JsonNode contract = api.stepOk(api.official(), id, "register");
        return new Registered(id, contract.get("registrationNo").asString(), seller, buyer);
    }

    private MvcTestResult post(String bearer, String uri, Map<String, Object> body, Object... vars) {
        return api.mvc().post().uri(uri, vars).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json(body)).exchange();
    }

    private long raised(String bearer, String registrationNo, String reason) {
        MvcTestResult result = post(bearer, RAISE, body("registrationNo", registrationNo, "reason", reason));
        assertThat(result).as(() -> ContractApi.body(result)).hasStatus(HttpStatus.CREATED);
        JsonNode objection = json(result);
        assertThat(objection.get("status").asString()).isEqualTo("OPEN");
        return objection.get("id").asLong();
    }

    private MvcTestResult review(long contractId, long objectionId, String step, Map<String, Object> body) {
        return post(api.official(), ContractApi.CONTRACTS + "/{id}/objections/{oid}/{step}", body, contractId,
                objectionId, step);
    }

    @Test
    void theRegisteringOfficeConfirmsAnObjectionOfTheBuyerAndTheHistoryShowsBoth() {
        Registered c = registered();
        long objection = raised(c.buyer().bearer(), c.registrationNo(), "技术交易额包含设备采购费用");

        JsonNode confirmed = json(review(c.id(), objection, "confirm", body("note", "设备费用已在核定时扣除")));

        assertThat(confirmed.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("raisedAs").asString()).isEqualTo("PARTY");
        JsonNode contract = api.read(c.seller().bearer(), c.id());
        assertThat(contract.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(contract.get("techTransactionAmount").decimalValue()).isEqualByComparingTo("3000000.00");
        String history = contract.get("history").toString();
        assertThat(history).contains("异议：技术交易额包含设备采购费用").contains("维持登记：设备费用已在核定时扣除");
        JsonNode listed = json(api.mvc().get().uri(ContractApi.CONTRACTS + "/{id}/objections", c.id())
                .header(HttpHeaders.AUTHORIZATION, c.seller().bearer()).exchange());
        assertThat(listed.get(0).get("note").asString()).isEqualTo("设备费用已在核定时扣除");
        // decided once only
        assertThat(review(c.id(), objection, "confirm", body("note", "再次维持"))).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void anOfficeObjectionCorrectedByANew核定AmountChangesTheContractAndItsCertificateFigures() {
        Registered c = registered();
        long objection = raised(api.official(ContractApi.PENGJIANG), c.registrationNo(), "税务核查：含设备款");

        JsonNode corrected = json(review(c.id(), objection, "correct",
                body("techTransactionAmount", new BigDecimal("2400000.00"), "note", "核减设备款")));

        assertThat(corrected.get("status").asString()).isEqualTo("CORRECTED");
        assertThat(corrected.get("outcome").asString()).isEqualTo("REDECIDED");
        assertThat(corrected.get("raisedAs").asString()).isEqualTo("OFFICE");
        JsonNode contract = api.read(c.seller().bearer(), c.id());
        assertThat(contract.get("techTransactionAmount").decimalValue()).isEqualByComparingTo("2400000.00");
        assertThat(contract.get("declaredTechTransactionAmount").decimalValue()).isEqualByComparingTo("3000000.00");
        JsonNode changes = json(api.mvc().get().uri(ContractApi.CONTRACTS + "/{id}/changes", c.id())
                .header(HttpHeaders.AUTHORIZATION, c.seller().bearer()).exchange());
        assertThat(changes.get(0).get("kind").asString()).isEqualTo("CORRECTION");
        assertThat(changes.get(0).get("afterTechAmount").decimalValue()).isEqualByComparingTo("2400000.00");
        assertThat(changes.get(0).get("beforeTechAmount").decimalValue()).isEqualByComparingTo("3000000.00");
    }

    @Test
    void anObjectionCorrectedByCancellationEndsTheRegistration() {
        Registered c = registered();
        long objection = raised(c.seller().bearer(), c.registrationNo(), "合同已被法院确认无效");

        assertThat(review(c.id(), objection, "correct", body("cancel", true, "note", "合同无效，注销登记")))
                .hasStatusOk();

        assertThat(api.status(c.seller().bearer(), c.id())).isEqualTo("CANCELLED");
        // a registration no longer in force takes no new objection
        assertThat(post(c.buyer().bearer(), RAISE, body("registrationNo", c.registrationNo(), "reason", "再议")))
                .hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void strangersGet404TheRegisteringOffice403AndBadInput400() {
        Registered c = registered();
        Map<String, Long> before = api.rowCounts();
        before.remove("audit_event");

        assertThat(post(api.seller().bearer(), RAISE, body("registrationNo", c.registrationNo(), "reason", "无关")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post(c.buyer().bearer(), RAISE, body("registrationNo", "2099440704999999", "reason", "不存在")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post(api.official(), RAISE, body("registrationNo", c.registrationNo(), "reason", "本机构")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post(c.buyer().bearer(), RAISE, body("registrationNo", c.registrationNo())))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("reason"));
        long objection = raised(c.buyer().bearer(), c.registrationNo(), "金额有误");
        assertThat(review(c.id(), objection, "correct", body("note", "既不核定也不注销")))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(review(c.id(), objection, "correct", body("techTransactionAmount", new BigDecimal("3600000.01"),
                "note", "超过合同金额"))).hasStatus(HttpStatus.BAD_REQUEST);
        // another office's official cannot review the registering office's objections
        assertThat(post(api.official(ContractApi.PENGJIANG), ContractApi.CONTRACTS + "/{id}/objections/{oid}/confirm",
                body("note", "越权"), c.id(), objection)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.read(c.seller().bearer(), c.id()).get("techTransactionAmount").decimalValue())
                .isEqualByComparingTo("3000000.00");
        assertThat(json(api.mvc().get().uri(ContractApi.CONTRACTS + "/{id}/objections", c.id())
                .header(HttpHeaders.AUTHORIZATION, c.seller().bearer()).exchange()).get(0).get("status").asString())
                .isEqualTo("OPEN");
    }
}
