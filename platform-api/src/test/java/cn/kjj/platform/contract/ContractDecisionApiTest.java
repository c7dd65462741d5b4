package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractApi.contract;
import static cn.kjj.platform.contract.ContractApi.json;
import static cn.kjj.platform.contract.ContractApi.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.contract.ContractApi.Seller;
import cn.kjj.platform.indicator.TurnoverLedger;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Registration as the office decides it (认定, decision 0031): the 核定 amount and reclassification
 * at registration, the grounds of refusals and returns, the registration form's fields with their
 * defaults, and the tax relief of registered contracts.
 */
@ApiTest
class ContractDecisionApiTest {

    @Autowired
    ContractApi api;

    @Autowired
    TurnoverLedger turnover;

    @Autowired
    PlatformTransactionManager transactions;

    private MvcTestResult post(String bearer, long id, String step, Map<String, Object> body) {
        return api.mvc().post().uri(ContractApi.CONTRACTS + "/{id}/{step}", id, step)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json(body)).exchange();
    }

    private static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    private void assertRefused(MvcTestResult result, String field, String code) {
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith("application/problem+json")
                .bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo(field))
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo(code));
    }

    @Test
    void aDecidedAmountAboveTheContractAmountOrWithThreeDecimalsIsA400AndChangesNothing() {
        Seller seller = api.seller();
        long id = api.submitted(seller);
        String official = api.official();
        Map<String, Long> before = api.rowCounts();

        assertRefused(post(official, id, "register", body("techTransactionAmount", new BigDecimal("3600000.01"))),
                "techTransactionAmount", "error.contract.techAmountExceedsContract");
        assertRefused(post(official, id, "register", body("techTransactionAmount", new BigDecimal("2800000.125"))),
                "techTransactionAmount", "error.money.scale");
        assertRefused(post(official, id, "register", body("techTransactionAmount", BigDecimal.ZERO)),
                "techTransactionAmount", "error.money.notPositive");

        assertThat(api.rowCounts()).isEqualTo(before);
        assertThat(api.status(seller.bearer(), id)).isEqualTo("SUBMITTED");
    }

    @Test
    void reclassifyingToASubtypeOfAnotherTypeIsA400() {
        long id = api.submitted(api.seller());
        String official = api.official();

        // the contract is a development contract: PATENT is a subtype of transfer and licensing only
        assertRefused(post(official, id, "register", body("subtype", "PATENT")), "subtype",
                "error.contract.subtype.invalid");
        assertRefused(post(official, id, "register", body("type", "TECHNICAL_SERVICE", "subtype", "PATENT")),
                "subtype", "error.contract.subtype.invalid");
        // a new type whose subtypes do not include the old one needs one of its own
        assertRefused(post(official, id, "register", body("type", "TECHNOLOGY_TRANSFER")), "subtype",
                "error.contract.subtype.required");

        JsonNode registered = json(post(official, id, "register",
                body("type", "TECHNOLOGY_TRANSFER", "subtype", "TECHNICAL_SECRET", "note", "按技术秘密转让认定")));
        assertThat(registered.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(registered.get("type").asString()).isEqualTo("TECHNOLOGY_TRANSFER");
        assertThat(registered.get("subtype").asString()).isEqualTo("TECHNICAL_SECRET");
        assertThat(registered.get("history").get(2).get("reason").asString()).isEqualTo("按技术秘密转让认定");
    }

    @Test
    void theDecidedAmountIsOnTheCertificateAndMovesTheTurnoverWhileTheDeclaredOneStays() throws Exception {
        Seller seller = api.seller();
        long id = api.submitted(seller);
        String official = api.official();
        String year = String.valueOf(ContractApi.today().getYear());
        String url = "/api/v1/indicators/contract-turnover?region=" + ContractApi.JIANGHAI + "&from=" + year
                + "-01-01&to=" + year + "-12-31&period=YEAR";
        BigDecimal before = techAmount(url, year);

        JsonNode registered = json(post(official, id, "register", body("techTransactionAmount",
                new BigDecimal("2765432.10"))));

        assertThat(registered.get("techTransactionAmount").decimalValue()).isEqualByComparingTo("2765432.10");
        assertThat(registered.get("declaredTechTransactionAmount").decimalValue()).isEqualByComparingTo("3000000.00");
        assertThat(registered.get("history").get(2).get("techTransactionAmount").decimalValue())
                .isEqualByComparingTo("2765432.10");
        assertThat(techAmount(url, year).subtract(before)).isEqualByComparingTo("2765432.10");
        // the roll-up's rebuild counts the same amount
        new TransactionTemplate(transactions).executeWithoutResult(status -> turnover.rebuild());
        assertThat(techAmount(url, year).subtract(before)).isEqualByComparingTo("2765432.10");

        MvcTestResult pdf = api.mvc().get().uri(ContractApi.CONTRACTS + "/{id}/certificate", id)
                .header(HttpHeaders.AUTHORIZATION, seller.bearer()).exchange();
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("2,765,432.10").doesNotContain("3,000,000.00");
        }
    }

    private BigDecimal techAmount(String url, String period) {
        JsonNode body = json(api.mvc().get().uri(url).header(HttpHeaders.AUTHORIZATION, api.admin()).exchange());
        for (JsonNode point : body.get("series")) {
            if (point.get("period").asString().equals(period)) {
                return point.get("techTransactionAmount").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    @Test
    void aRefusalNeedsAKnownGroundAndOtherNeedsAText() {
        Seller seller = api.seller();
        long id = api.submitted(seller);
        String official = api.official();

        assertRefused(post(official, id, "reject", body("reason", "不属于技术合同")), "reasonCode",
                "error.contract.reasonCodeRequired");
        assertRefused(post(official, id, "reject", body("reasonCode", "NO_SUCH_GROUND", "reason", "x")), "reasonCode",
                "error.contract.reasonCode.unknown");
        assertRefused(post(official, id, "reject", body("reasonCode", "OTHER")), "reason",
                "error.contract.reasonRequired");
        assertRefused(post(official, id, "return", body("reasonCode", "CONTENT_UNCLEAR")), "reason",
                "error.contract.reasonRequired");
        assertThat(api.status(seller.bearer(), id)).isEqualTo("SUBMITTED");

        JsonNode rejected = json(post(official, id, "reject", body("reasonCode", "DISGUISED_PURCHASE")));
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("reasonCode").asString()).isEqualTo("DISGUISED_PURCHASE");
        JsonNode step = rejected.get("history").get(2);
        assertThat(step.get("reasonCode").asString()).isEqualTo("DISGUISED_PURCHASE");
        assertThat(step.get("reason").asString()).isEqualTo("以技术合同名义购销货物或设备");

        JsonNode listed = json(api.mvc().get().uri(ContractApi.CONTRACTS + "?reasonCode=DISGUISED_PURCHASE&size=200&sellerId="
                + seller.id()).header(HttpHeaders.AUTHORIZATION, official).exchange());
        assertThat(listed.get("content")).extracting(c -> c.get("id").asLong()).containsExactly(id);
        JsonNode grounds = json(api.mvc().get().uri(ContractApi.CONTRACTS + "/grounds?status=REJECTED&sellerId="
                + seller.id()).header(HttpHeaders.AUTHORIZATION, official).exchange());
        assertThat(grounds).hasSize(RefusalReason.values().length);
        for (JsonNode ground : grounds) {
            assertThat(ground.get("count").asLong()).as(ground.get("code").asString())
                    .isEqualTo(ground.get("code").asString().equals("DISGUISED_PURCHASE") ? 1 : 0);
        }
    }

    @Test
    void theFilingFieldsTakeTheirDefaultsAndAForeignBuyerIsForeign() {
        Seller seller = api.seller();
        JsonNode plain = api.read(seller.bearer(), api.submitted(seller));
        assertThat(plain.get("ipType").asString()).isEqualTo("NONE");
        assertThat(plain.get("planSource").asString()).isEqualTo("NONE");
        assertThat(plain.get("paymentMethod").asString()).isEqualTo("LUMP_SUM");
        assertThat(plain.get("buyer").get("nature").asString()).isEqualTo("ENTERPRISE");

        Map<String, Object> abroad = contract("420000.00");
        abroad.put("buyer", body("name", "Rheintal Maschinenbau GmbH", "country", "DE"));
        abroad.put("ipType", "PATENT");
        abroad.put("planSource", "PROVINCIAL");
        abroad.put("paymentMethod", "INSTALMENTS");
        JsonNode foreign = api.read(seller.bearer(), api.filed(seller.bearer(), abroad));
        assertThat(foreign.get("buyer").get("nature").asString()).isEqualTo("FOREIGN");
        assertThat(foreign.get("ipType").asString()).isEqualTo("PATENT");
        assertThat(foreign.get("planSource").asString()).isEqualTo("PROVINCIAL");
        assertThat(foreign.get("paymentMethod").asString()).isEqualTo("INSTALMENTS");

        // the buyer's district, left out, is the one its credit code was issued in
        Map<String, Object> derived = contract("430000.00");
        ContractApi.withBuyer(derived, "regionCode", null);
        JsonNode withDistrict = api.read(seller.bearer(), api.filed(seller.bearer(), derived));
        assertThat(withDistrict.get("buyer").get("regionCode").asString()).isEqualTo(ContractApi.BUYER_REGION);
    }

    @Test
    void registeredContractsShowTheirTaxReliefAndFilterByVatExemption() {
        Seller seller = api.seller();
        String official = api.official();
        long development = api.submitted(seller);
        long consulting = api.filed(seller.bearer(), with(with(contract("440000.00"), "type", "TECHNICAL_CONSULTING"),
                "subtype", null));
        Map<String, Object> patent = with(with(contract("450000.00"), "type", "TECHNOLOGY_TRANSFER"), "subtype", "PATENT");
        long transfer = api.filed(seller.bearer(), with(patent, "ipType", "PATENT"));
        long open = api.submitted(seller);
        for (long id : List.of(development, consulting, transfer)) {
            api.stepOk(official, id, "register");
        }

        JsonNode dev = api.read(official, development).get("taxRelief");
        assertThat(dev.get("vatExempt").asBoolean()).isTrue();
        assertThat(dev.get("incomeTaxTransfer").asBoolean()).isFalse();
        assertThat(dev.get("buyerRdDeduction").asBoolean()).isTrue();
        JsonNode tr = api.read(official, transfer).get("taxRelief");
        assertThat(tr.get("vatExempt").asBoolean()).isTrue();
        assertThat(tr.get("incomeTaxTransfer").asBoolean()).isTrue();
        assertThat(tr.get("buyerRdDeduction").asBoolean()).isFalse();
        assertThat(api.read(official, consulting).get("taxRelief").get("vatExempt").asBoolean()).isFalse();
        assertThat(api.read(official, open).get("taxRelief").isNull()).isTrue();

        String list = ContractApi.CONTRACTS + "?size=200&sellerId=" + seller.id() + "&vatExempt=";
        assertThat(json(api.mvc().get().uri(list + "true").header(HttpHeaders.AUTHORIZATION, official).exchange())
                .get("content")).extracting(c -> c.get("id").asLong()).containsExactlyInAnyOrder(development, transfer);
        assertThat(json(api.mvc().get().uri(list + "false").header(HttpHeaders.AUTHORIZATION, official).exchange())
                .get("content")).extracting(c -> c.get("id").asLong()).containsExactlyInAnyOrder(consulting, open);

        // the tax office's list: registered contracts of a period with their amounts and flags
        LocalDate today = ContractApi.today();
        MvcTestResult csv = api.mvc().get().uri(ContractApi.CONTRACTS + "?status=REGISTERED&sellerId=" + seller.id()
                + "&registeredFrom=" + today + "&registeredTo=" + today + "&format=csv")
                .header(HttpHeaders.AUTHORIZATION, official).exchange();
        assertThat(csv).hasStatusOk();
        String text = new String(csv.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).contains("techTransactionAmount",
                "declaredTechTransactionAmount", "vatExempt", "incomeTaxTransfer", "buyerRdDeduction");
        assertThat(text.lines().count()).isEqualTo(4);
    }

    @Test
    void theCatalogueListsEveryCodeWithItsNames() {
        JsonNode catalogue = json(api.mvc().get().uri(ContractApi.CONTRACTS + "/catalogue")
                .header(HttpHeaders.AUTHORIZATION, api.analyst()).exchange());

        assertCodes(catalogue.get("ipTypes"), IpType.values());
        assertCodes(catalogue.get("planSources"), PlanSource.values());
        assertCodes(catalogue.get("paymentMethods"), PaymentMethod.values());
        assertCodes(catalogue.get("partyNatures"), PartyNature.values());
        assertCodes(catalogue.get("refusalReasons"), RefusalReason.values());
        assertThat(catalogue.get("refusalReasons").get(0).get("nameZh").asString()).isEqualTo("不属于技术合同");
        assertThat(catalogue.get("refusalReasons").get(0).get("nameEn").asString()).isEqualTo("Not a technology contract");
    }

    private static void assertCodes(JsonNode entries, Enum<?>[] values) {
        assertThat(entries).extracting(e -> e.get("code").asString())
                .containsExactly(java.util.Arrays.stream(values).map(Enum::name).toArray(String[]::new));
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("nameZh").asString()).isNotBlank();
            assertThat(e.get("nameEn").asString()).isNotBlank();
        });
    }
}
