package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractApi.contract;
import static cn.kjj.platform.contract.ContractApi.json;
import static cn.kjj.platform.contract.ContractApi.with;
import static cn.kjj.platform.contract.ContractApi.withBuyer;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.contract.ContractApi.Seller;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Every bad input of api.md is a 400 that names the field, and nothing is stored. */
@ApiTest
class ContractInputTest {

    @Autowired
    ContractApi api;

    Seller seller;
    Map<String, Long> before;

    @BeforeEach
    void newSeller() {
        seller = api.seller();
        before = api.rowCounts();
    }

    static Stream<Arguments> badContracts() {
        String wrongCheck = ApiFixtures.randomCreditCode(ContractApi.BUYER_REGION);
        char last = wrongCheck.charAt(17);
        wrongCheck = wrongCheck.substring(0, 17) + (last == '0' ? '1' : '0');
        String future = ContractApi.today().plusDays(2).toString();
        String badCode = wrongCheck;
        return Stream.of(
                bad("more than two decimals", "contractAmount", "error.money.scale",
                        (b, s) -> with(b, "contractAmount", new BigDecimal("3600000.005"))),
                bad("a technology amount above the contract amount", "techTransactionAmount",
                        "error.contract.techAmountExceedsContract",
                        (b, s) -> with(b, "techTransactionAmount", new BigDecimal("3600000.01"))),
                bad("a zero contract amount", "contractAmount", "error.money.notPositive",
                        (b, s) -> with(b, "contractAmount", BigDecimal.ZERO)),
                bad("a negative technology amount", "techTransactionAmount", "error.money.notPositive",
                        (b, s) -> with(b, "techTransactionAmount", new BigDecimal("-1.00"))),
                bad("no contract amount", "contractAmount", "error.field.required",
                        (b, s) -> with(b, "contractAmount", null)),
                bad("a signing date in the future", "signedOn", "error.contract.signedOn.future",
                        (b, s) -> with(b, "signedOn", future)),
                bad("validFrom after validTo", "validTo", "error.contract.validity.reversed",
                        (b, s) -> with(b, "validFrom", "2026-01-01")),
                bad("the seller as its own buyer", "buyer.creditCode", "error.contract.buyerIsSeller",
                        (b, s) -> withBuyer(b, "creditCode", s.creditCode())),
                bad("a buyer credit code with a wrong check character", "buyer.creditCode", "error.creditCode.invalid",
                        (b, s) -> withBuyer(b, "creditCode", badCode)),
                bad("a domestic buyer without a credit code", "buyer.creditCode", "error.field.required",
                        (b, s) -> withBuyer(b, "creditCode", null)),
                bad("a buyer region that is no region code", "buyer.regionCode", "error.regionCode.invalid",
                        (b, s) -> withBuyer(b, "regionCode", "4401")),
                bad("no buyer", "buyer", "error.field.required", (b, s) -> with(b, "buyer", null)),
                bad("a subtype of another type", "subtype", "error.contract.subtype.invalid",
                        (b, s) -> with(b, "type", "TECHNOLOGY_LICENSING")),
                bad("a development contract without a subtype", "subtype", "error.contract.subtype.required",
                        (b, s) -> with(b, "subtype", null)),
                bad("a consulting contract with a subtype", "subtype", "error.contract.subtype.invalid",
                        (b, s) -> with(with(b, "type", "TECHNICAL_CONSULTING"), "subtype", "GENERAL")),
                bad("an unknown technology field", "technologyField", "error.json.invalidValue",
                        (b, s) -> with(b, "technologyField", "TIME_TRAVEL")),
                bad("an unknown type", "type", "error.json.invalidValue", (b, s) -> with(b, "type", "BARTER")),
                bad("no technology field", "technologyField", "error.field.required",
                        (b, s) -> with(b, "technologyField", null)),
                bad("no title", "title", "error.field.required", (b, s) -> with(b, "title", null)),
                bad("a blank title", "title", "error.field.required", (b, s) -> with(b, "title", "   ")),
                bad("a title of 10,000 characters", "title", "error.field.tooLong",
                        (b, s) -> with(b, "title", "合".repeat(10_000))),
                bad("a string for an amount", "contractAmount", "error.json.invalidValue",
                        (b, s) -> with(b, "contractAmount", "三百六十万")),
                bad("an impossible date", "signedOn", "error.json.invalidValue",
                        (b, s) -> with(b, "signedOn", "2023-02-30")),
                bad("a date in another format", "validTo", "error.json.invalidValue",
                        (b, s) -> with(b, "validTo", "31.12.2025")),
                bad("an amount of 17 digits", "contractAmount", "error.money.tooLarge",
                        (b, s) -> with(b, "contractAmount", new BigDecimal("12345678901234567.00"))));
    }

    private static Arguments bad(String what, String field, String code,
                                 BiFunction<Map<String, Object>, Seller, Map<String, Object>> change) {
        return Arguments.of(what, field, code, change);
    }

    @ParameterizedTest(name = "{0} is a 400 naming {1}")
    @MethodSource("badContracts")
    void aBadContractIsRefusedWithTheFieldNamedAndNothingStored(String what, String field, String code,
            BiFunction<Map<String, Object>, Seller, Map<String, Object>> change) {
        MvcTestResult result = api.file(seller.bearer(), change.apply(contract(), seller));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json(result);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").valueStream()
                .map(e -> e.get("field").asString() + " " + e.get("code").asString()))
                .contains(field + " " + code);
        assertThat(problem.get("errors").valueStream().map(e -> e.get("message").asString()))
                .allSatisfy(message -> assertThat(message).isNotBlank().doesNotContain("java."));
        assertThat(api.rowCounts()).isEqualTo(before);
    }

    @Test
    void everyBrokenRuleIsListedAtOnce() {
        Map<String, Object> body = contract();
        body.put("title", "");
        body.put("subtype", null);
        body.put("contractAmount", new BigDecimal("1.001"));
        body.put("validTo", "2022-01-01");

        MvcTestResult result = api.file(seller.bearer(), body);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(json(result).get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("title", "subtype", "contractAmount", "validTo");
        assertThat(api.rowCounts()).isEqualTo(before);
    }

    @Test
    void errorMessagesFollowTheCallersLanguage() {
        MvcTestResult english = api.mvc().post().uri(ContractApi.CONTRACTS)
                .header(HttpHeaders.AUTHORIZATION, seller.bearer()).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).content(json(with(contract(), "title", null))).exchange();
        MvcTestResult chinese = api.file(seller.bearer(), with(contract(), "title", null));

        assertThat(json(english).get("errors").get(0).get("message").asString()).isEqualTo("is required");
        assertThat(json(chinese).get("errors").get(0).get("message").asString()).isEqualTo("必填");
    }

    @Test
    void malformedJsonIsA400AndNothingIsStored() {
        assertThat(api.mvc().post().uri(ContractApi.CONTRACTS).header(HttpHeaders.AUTHORIZATION, seller.bearer())
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"合同\", \"type\": "))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.json.malformed"));
        assertThat(api.rowCounts()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonIsA415AndNothingIsStored() {
        assertThat(api.mvc().post().uri(ContractApi.CONTRACTS).header(HttpHeaders.AUTHORIZATION, seller.bearer())
                .contentType(MediaType.TEXT_PLAIN).content(json(contract())))
                .hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.media.unsupported"));
        assertThat(api.rowCounts()).isEqualTo(before);
    }

    @Test
    void noBodyAtAllIsA400() {
        assertThat(api.mvc().post().uri(ContractApi.CONTRACTS).header(HttpHeaders.AUTHORIZATION, seller.bearer())
                .contentType(MediaType.APPLICATION_JSON))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.body.missing"));
        assertThat(api.rowCounts()).isEqualTo(before);
    }

    @Test
    void theSameSellerBuyerDateAndAmountTwiceIsADuplicate409() {
        Map<String, Object> body = contract();
        api.filed(seller.bearer(), body);
        Map<String, Long> afterFirst = api.rowCounts();

        MvcTestResult second = api.file(seller.bearer(), with(body, "title", "另一个标题，同一份合同"));

        assertThat(second).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.contract.duplicate"));
        assertThat(api.rowCounts()).isEqualTo(afterFirst);
    }

    @Test
    void aRejectedContractMayBeFiledAgain() {
        Map<String, Object> body = contract();
        long first = api.filed(seller.bearer(), body);
        api.stepOk(api.official(), first, "reject", "买方信息不实");

        assertThat(api.file(seller.bearer(), body)).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void correctingADraftIntoADuplicateIs409AndKeepsTheDraft() {
        Map<String, Object> original = contract();
        api.filed(seller.bearer(), original);
        long draft = api.filed(seller.bearer(), with(contract(), "submit", false));
        Map<String, Object> copy = new java.util.LinkedHashMap<>(original);

        MvcTestResult result = api.mvc().put().uri(ContractApi.CONTRACTS + "/{id}", draft)
                .header(HttpHeaders.AUTHORIZATION, seller.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(json(copy)).exchange();

        assertThat(result).hasStatus(HttpStatus.CONFLICT)
                .bodyJson().hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.contract.duplicate"));
        assertThat(api.read(seller.bearer(), draft).get("buyer").get("creditCode").asString())
                .isNotEqualTo(((Map<?, ?>) original.get("buyer")).get("creditCode"));
    }

    @Test
    void correctingWithBadTermsIs400AndChangesNothing() {
        long draft = api.filed(seller.bearer(), with(contract(), "submit", false));
        JsonNode before = api.read(seller.bearer(), draft);

        MvcTestResult result = api.mvc().put().uri(ContractApi.CONTRACTS + "/{id}", draft)
                .header(HttpHeaders.AUTHORIZATION, seller.bearer()).contentType(MediaType.APPLICATION_JSON)
                .content(json(with(contract(), "techTransactionAmount", new BigDecimal("9999999.00")))).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("techTransactionAmount"));
        assertThat(api.read(seller.bearer(), draft)).isEqualTo(before);
    }

    @Test
    void anEnterpriseCannotFileForAnotherEnterprise() {
        Seller other = api.seller();
        before = api.rowCounts();

        MvcTestResult result = api.file(seller.bearer(), with(contract(), "sellerId", other.id()));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("sellerId"));
        assertThat(api.rowCounts()).isEqualTo(before);
    }
}
