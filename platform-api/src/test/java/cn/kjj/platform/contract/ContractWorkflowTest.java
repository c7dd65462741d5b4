package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractApi.contract;
import static cn.kjj.platform.contract.ContractApi.json;
import static cn.kjj.platform.contract.ContractApi.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.contract.ContractApi.Seller;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The registration workflow through the API: every step from every status (legal ones answer
 * 200 with the new status, all others 409 and change nothing), who may take which step, the
 * two-officials rule and the history each step leaves.
 */
@ApiTest
class ContractWorkflowTest {

    private static final String LARGE = "5000000.00";

    @Autowired
    ContractApi api;

    /** A contract of a new seller brought into {@code status}, with the people who act on it. */
    record Case(Seller seller, String firstOfficial, long id) {
    }

    private Case contractIn(String status) {
        Seller seller = api.seller();
        String official = api.official();
        Map<String, Object> body = status.equals("PENDING_SECOND_REVIEW") ? contract(LARGE) : contract();
        long id = api.filed(seller.bearer(), with(body, "submit", !status.equals("DRAFT")));
        switch (status) {
            case "PENDING_SECOND_REVIEW", "REGISTERED" -> api.stepOk(official, id, "register");
            case "RETURNED" -> api.stepOk(official, id, "return", "请补充技术交易额的计算依据");
            case "REJECTED" -> api.stepOk(official, id, "reject", "不属于技术合同");
            case "REVOKED" -> {
                api.stepOk(official, id, "register");
                api.stepOk(official, id, "revoke", "合同已解除");
            }
            default -> {
            }
        }
        assertThat(api.status(seller.bearer(), id)).isEqualTo(status);
        return new Case(seller, official, id);
    }

    /** Which step leads where; every pair not listed is a 409. */
    private static final Map<String, Map<String, String>> LEGAL = Map.of(
            "DRAFT", Map.of("submit", "SUBMITTED"),
            "SUBMITTED", Map.of("register", "REGISTERED", "return", "RETURNED", "reject", "REJECTED"),
            "PENDING_SECOND_REVIEW", Map.of("register", "REGISTERED", "return", "RETURNED", "reject", "REJECTED"),
            "RETURNED", Map.of("submit", "SUBMITTED"),
            "REGISTERED", Map.of("revoke", "REVOKED"),
            "REJECTED", Map.of(),
            "REVOKED", Map.of());

    static Stream<Arguments> everyStepFromEveryStatus() {
        List<Arguments> cases = new ArrayList<>();
        for (String status : LEGAL.keySet().stream().sorted().toList()) {
            for (String step : List.of("submit", "register", "return", "reject", "revoke")) {
                cases.add(Arguments.of(status, step, LEGAL.get(status).get(step)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} from {0} leads to {2}")
    @MethodSource("everyStepFromEveryStatus")
    void eachStepIsAllowedOnlyFromItsStatuses(String status, String step, String expected) {
        Case c = contractIn(status);
        // the seller submits; another official decides, so a second review can complete
        String actor = step.equals("submit") ? c.seller().bearer() : api.official();
        String reason = List.of("return", "reject", "revoke").contains(step) ? "理由：" + step : null;

        MvcTestResult result = api.step(actor, c.id(), step, reason);

        if (expected != null) {
            assertThat(result).hasStatusOk();
            assertThat(json(result).get("status").asString()).isEqualTo(expected);
            assertThat(result).headers().hasValue(HttpHeaders.ETAG, "\"" + json(result).get("version").asLong() + "\"");
        } else {
            assertThat(result).hasStatus(HttpStatus.CONFLICT).bodyJson()
                    .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.contract.transition.illegal"));
            assertThat(api.status(c.seller().bearer(), c.id())).isEqualTo(status);
        }
    }

    @ParameterizedTest(name = "an enterprise may not {0}")
    @ValueSource(strings = {"register", "return", "reject", "revoke"})
    void anEnterpriseCannotTakeAnOfficialsStep(String step) {
        Case c = contractIn(step.equals("revoke") ? "REGISTERED" : "SUBMITTED");
        String before = api.status(c.seller().bearer(), c.id());

        assertThat(api.step(c.seller().bearer(), c.id(), step, "我自己决定"))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.access.denied"));
        assertThat(api.status(c.seller().bearer(), c.id())).isEqualTo(before);
    }

    @Test
    void filingAndSubmittingAtOnceLeavesWhatFilingThenSubmittingLeaves() {
        Seller seller = api.seller();
        MvcTestResult atOnce = api.file(seller.bearer(), contract("1200000.00"));
        long inTwoStepsId = api.filed(seller.bearer(), with(contract("1300000.00"), "submit", false));
        JsonNode inTwoSteps = api.stepOk(seller.bearer(), inTwoStepsId, "submit");

        assertThat(atOnce).hasStatus(HttpStatus.CREATED).headers().hasValue(HttpHeaders.ETAG, "\"1\"");
        for (JsonNode contract : List.of(json(atOnce), inTwoSteps)) {
            assertThat(contract.get("status").asString()).isEqualTo("SUBMITTED");
            assertThat(contract.get("version").asLong()).isEqualTo(1);
            assertThat(contract.get("history").valueStream().map(h -> h.path("from").asString("") + ">"
                    + h.get("to").asString()).toList()).containsExactly(">DRAFT", "DRAFT>SUBMITTED");
        }
        assertThat(auditTrail(ContractApi.id(atOnce))).as("the same audit events, states and versions")
                .hasSize(2).isEqualTo(auditTrail(inTwoStepsId));
    }

    private List<String> auditTrail(long contractId) {
        return api.fixtures().jdbc().sql("""
                        select action || ' ' || coalesce(before::text, '-') || ' ' || after::text from audit_event
                        where entity_type = 'contract' and entity_id = ? order by id""")
                .param(String.valueOf(contractId)).query(String.class).list();
    }

    @Test
    void anOfficialCannotSubmitOrEditAnEnterprisesDraft() {
        Case c = contractIn("DRAFT");

        assertThat(api.step(c.firstOfficial(), c.id(), "submit")).hasStatus(HttpStatus.FORBIDDEN)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.contract.ownerOnly"));
        assertThat(api.mvc().put().uri(ContractApi.CONTRACTS + "/{id}", c.id())
                .header(HttpHeaders.AUTHORIZATION, c.firstOfficial())
                .contentType(MediaType.APPLICATION_JSON).content(json(contract())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.status(c.seller().bearer(), c.id())).isEqualTo("DRAFT");
    }

    @Test
    void anAnalystCannotFileAndAnonymousCallersAreAskedToAuthenticate() {
        Seller seller = api.seller();
        long id = api.submitted(seller);

        assertThat(api.file(api.analyst(), contract())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.step(api.analyst(), id, "register")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(api.mvc().get().uri(ContractApi.CONTRACTS)).hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(api.mvc().get().uri(ContractApi.CONTRACTS + "/{id}", id)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(api.mvc().post().uri(ContractApi.CONTRACTS).contentType(MediaType.APPLICATION_JSON)
                .content(json(contract()))).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(api.mvc().post().uri(ContractApi.CONTRACTS + "/{id}/register", id))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(api.status(seller.bearer(), id)).isEqualTo("SUBMITTED");
    }

    @Test
    void anOfficialOfAnotherDistrictNeitherSeesNorRegistersTheContract() {
        Case c = contractIn("SUBMITTED");
        String pengjiang = api.official(ContractApi.PENGJIANG);

        assertThat(api.get(pengjiang, c.id())).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.contract.notFound"));
        assertThat(api.step(pengjiang, c.id(), "register")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.step(pengjiang, c.id(), "return", "越权")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.status(c.seller().bearer(), c.id())).isEqualTo("SUBMITTED");
    }

    @Test
    void aRegistrationGivesANumberOfYearDistrictAndSerialAndTheRegistrationDate() {
        Case c = contractIn("SUBMITTED");

        JsonNode registered = api.stepOk(c.firstOfficial(), c.id(), "register");

        String number = registered.get("registrationNo").asString();
        String registeredOn = registered.get("registeredOn").asString();
        assertThat(registeredOn).isEqualTo(ContractApi.today().toString());
        assertThat(number).matches(registeredOn.substring(0, 4) + ContractApi.JIANGHAI + "\\d{6}")
                .isNotEqualTo(registeredOn.substring(0, 4) + ContractApi.JIANGHAI + "000000");
        assertThat(registered.get("sellerRegionCode").asString()).isEqualTo(ContractApi.JIANGHAI);
    }

    @Test
    void aContractOfFiveMillionNeedsASecondOfficial() {
        Seller seller = api.seller();
        String first = api.official();
        String second = api.official();
        long id = api.filed(seller.bearer(), contract(LARGE));

        JsonNode pending = api.stepOk(first, id, "register");
        assertThat(pending.get("status").asString()).isEqualTo("PENDING_SECOND_REVIEW");
        assertThat(pending.get("needsTwoOfficials").asBoolean()).isTrue();
        assertThat(pending.get("registrationNo").isNull()).isTrue();
        assertThat(pending.get("availableActions").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("RETURN", "REJECT");
        assertThat(api.read(second, id).get("availableActions").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("REGISTER", "RETURN", "REJECT");

        assertThat(api.step(first, id, "register")).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.contract.secondReviewSameOfficial"));
        assertThat(api.status(seller.bearer(), id)).isEqualTo("PENDING_SECOND_REVIEW");

        JsonNode registered = api.stepOk(second, id, "register");
        assertThat(registered.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(registered.get("registrationNo").asString()).hasSize(16);
    }

    @Test
    void aContractJustBelowFiveMillionIsRegisteredByOneOfficial() {
        Seller seller = api.seller();
        long id = api.filed(seller.bearer(), contract("4999999.99"));

        JsonNode registered = api.stepOk(api.official(), id, "register");

        assertThat(registered.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(registered.get("needsTwoOfficials").asBoolean()).isFalse();
        assertThat(registered.get("registrationNo").asString()).hasSize(16);
    }

    @ParameterizedTest(name = "{0} without a reason is a 400")
    @ValueSource(strings = {"return", "reject"})
    void returningOrRejectingNeedsAReason(String step) {
        Case c = contractIn("SUBMITTED");

        for (MvcTestResult result : List.of(api.step(c.firstOfficial(), c.id(), step),
                api.step(c.firstOfficial(), c.id(), step, "   "),
                api.mvc().post().uri(ContractApi.CONTRACTS + "/{id}/{step}", c.id(), step)
                        .header(HttpHeaders.AUTHORIZATION, c.firstOfficial())
                        .contentType(MediaType.APPLICATION_JSON).content("{}").exchange())) {
            assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                    .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("reason"))
                    .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.contract.reasonRequired"));
        }
        assertThat(api.read(c.seller().bearer(), c.id()).get("history")).hasSize(2);
        assertThat(api.status(c.seller().bearer(), c.id())).isEqualTo("SUBMITTED");
    }

    @Test
    void aRevokedContractKeepsItsRegistrationNumber() {
        Case c = contractIn("SUBMITTED");
        JsonNode registered = api.stepOk(c.firstOfficial(), c.id(), "register");

        assertThat(api.step(c.firstOfficial(), c.id(), "revoke")).hasStatus(HttpStatus.BAD_REQUEST);
        JsonNode revoked = api.stepOk(c.firstOfficial(), c.id(), "revoke", "合同已解除");

        assertThat(revoked.get("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.get("registrationNo").asString()).isEqualTo(registered.get("registrationNo").asString());
        assertThat(revoked.get("registeredOn").asString()).isEqualTo(registered.get("registeredOn").asString());
    }

    @Test
    void aReturnedContractIsCorrectedAndResubmittedAndEveryStepIsInTheHistory() {
        Case c = contractIn("SUBMITTED");
        String seller = c.seller().bearer();
        api.stepOk(c.firstOfficial(), c.id(), "return", "请补充技术交易额的计算依据");
        JsonNode returned = api.read(seller, c.id());
        assertThat(returned.get("dueOn").isNull()).isTrue();
        assertThat(returned.get("availableActions").valueStream().map(JsonNode::asString)).containsExactly("SUBMIT");

        MvcTestResult corrected = api.mvc().put().uri(ContractApi.CONTRACTS + "/{id}", c.id())
                .header(HttpHeaders.AUTHORIZATION, seller)
                .header(HttpHeaders.IF_MATCH, "\"" + returned.get("version").asLong() + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(with(contract(), "techTransactionAmount", new java.math.BigDecimal("2800000.00"))))
                .exchange();
        assertThat(corrected).hasStatusOk();
        assertThat(json(corrected).get("techTransactionAmount").decimalValue()).isEqualByComparingTo("2800000.00");
        assertThat(json(corrected).get("status").asString()).isEqualTo("RETURNED");
        api.stepOk(seller, c.id(), "submit");
        api.stepOk(c.firstOfficial(), c.id(), "register");

        JsonNode history = api.read(seller, c.id()).get("history");
        assertThat(history.valueStream().map(h -> h.get("from").asString(null) + "→" + h.get("to").asString()))
                .containsExactly("null→DRAFT", "DRAFT→SUBMITTED", "SUBMITTED→RETURNED", "RETURNED→SUBMITTED",
                        "SUBMITTED→REGISTERED");
        assertThat(history.get(2).get("reason").asString()).isEqualTo("请补充技术交易额的计算依据");
        assertThat(history.get(2).get("actor").asString()).startsWith("Test OFFICIAL");
        assertThat(history.get(1).get("actor").asString()).startsWith("Test ENTERPRISE");
        assertThat(history.valueStream().map(h -> h.get("at").asString())).allSatisfy(at -> assertThat(at).endsWith("Z"));
    }

    @Test
    void anOfficialEntersAContractForAnEnterpriseOfItsDistrictAndAnotherRegistersIt() {
        Seller seller = api.seller();
        String clerk = api.official();

        MvcTestResult filed = api.file(clerk, with(with(contract(), "sellerId", seller.id()), "submit", false));
        assertThat(filed).hasStatus(HttpStatus.CREATED);
        long id = ContractApi.id(filed);
        assertThat(json(filed).get("sellerId").asLong()).isEqualTo(seller.id());
        assertThat(json(filed).get("availableActions").valueStream().map(JsonNode::asString)).containsExactly("SUBMIT");

        api.stepOk(clerk, id, "submit");
        api.stepOk(api.official(), id, "register");
        assertThat(api.status(seller.bearer(), id)).isEqualTo("REGISTERED");
    }

    @Test
    void anOfficialCannotEnterAContractForAnEnterpriseOfAnotherDistrictOrWithoutNamingIt() {
        Seller pengjiang = api.seller(ContractApi.PENGJIANG);
        String official = api.official();
        Map<String, Long> before = api.rowCounts();

        assertThat(api.file(official, with(contract(), "sellerId", pengjiang.id())))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("sellerId"));
        assertThat(api.file(official, contract())).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("sellerId"));
        assertThat(api.rowCounts()).isEqualTo(before);
    }

    @Test
    void anAdministratorFilesSubmitsAndRegistersLikeAnOfficial() {
        Seller seller = api.seller();
        String admin = api.admin();

        long id = api.filed(admin, with(with(contract(), "sellerId", seller.id()), "submit", false));
        api.stepOk(admin, id, "submit");
        JsonNode registered = api.stepOk(api.admin(), id, "register");

        assertThat(registered.get("status").asString()).isEqualTo("REGISTERED");
    }

    @Test
    void aStaleIfMatchIsA412AndTheCurrentOneIsAccepted() {
        Case c = contractIn("SUBMITTED");
        MvcTestResult read = api.get(c.firstOfficial(), c.id());
        String etag = read.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).isEqualTo("\"" + json(read).get("version").asLong() + "\"");

        assertThat(api.mvc().post().uri(ContractApi.CONTRACTS + "/{id}/register", c.id())
                .header(HttpHeaders.AUTHORIZATION, c.firstOfficial()).header(HttpHeaders.IF_MATCH, "\"0\""))
                .hasStatus(HttpStatus.PRECONDITION_FAILED)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.version.mismatch"));
        assertThat(api.status(c.firstOfficial(), c.id())).isEqualTo("SUBMITTED");

        assertThat(api.mvc().post().uri(ContractApi.CONTRACTS + "/{id}/register", c.id())
                .header(HttpHeaders.AUTHORIZATION, c.firstOfficial()).header(HttpHeaders.IF_MATCH, etag))
                .hasStatusOk();
    }

    @Test
    void anEditWithAStaleIfMatchIsA412AndChangesNothing() {
        Seller seller = api.seller();
        long id = api.filed(seller.bearer(), with(contract(), "submit", false));
        JsonNode before = api.read(seller.bearer(), id);

        assertThat(api.mvc().put().uri(ContractApi.CONTRACTS + "/{id}", id)
                .header(HttpHeaders.AUTHORIZATION, seller.bearer()).header(HttpHeaders.IF_MATCH, "\"7\"")
                .contentType(MediaType.APPLICATION_JSON).content(json(with(contract(), "title", "新标题"))))
                .hasStatus(HttpStatus.PRECONDITION_FAILED);
        assertThat(api.read(seller.bearer(), id)).isEqualTo(before);
    }

    @Test
    void aSubmittedContractCannotBeEdited() {
        Case c = contractIn("SUBMITTED");

        assertThat(api.mvc().put().uri(ContractApi.CONTRACTS + "/{id}", c.id())
                .header(HttpHeaders.AUTHORIZATION, c.seller().bearer())
                .contentType(MediaType.APPLICATION_JSON).content(json(with(contract(), "title", "新标题"))))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.contract.notEditable"));
    }

    @Test
    void theContractShowsWhatApiMdPromises() {
        Case c = contractIn("SUBMITTED");

        MvcTestResult result = api.get(c.seller().bearer(), c.id());
        JsonNode contract = json(result);

        assertThat(contract.propertyNames()).contains("id", "title", "type", "subtype", "technologyField", "buyer",
                "signedOn", "validFrom", "validTo", "contractAmount", "techTransactionAmount", "status",
                "registrationNo", "registeredOn", "sellerId", "sellerName", "sellerRegionCode", "submittedAt",
                "dueOn", "version", "history", "attachments", "availableActions");
        assertThat(contract.get("contractAmount").decimalValue()).isEqualByComparingTo("3600000.00");
        assertThat(ContractApi.body(result)).contains("\"contractAmount\":3600000.00");
        assertThat(contract.get("sellerId").asLong()).isEqualTo(c.seller().id());
        assertThat(contract.get("sellerName").asString()).startsWith("测试企业");
        assertThat(contract.get("buyer").get("country").asString()).isEqualTo("CN");
        assertThat(contract.get("availableActions")).isEmpty();
        assertThat(api.read(c.firstOfficial(), c.id()).get("availableActions").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("REGISTER", "RETURN", "REJECT");
    }
}
