package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractApi.contract;
import static cn.kjj.platform.contract.ContractApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.contract.ContractApi.Seller;
import cn.kjj.platform.indicator.IndicatorFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Registering as the buyer (decision 0036): a technology import or a development commissioned abroad,
 * filed by the domestic buyer, counts as its region's absorption and as no region's output; any other
 * contract filed as the buyer is a 400 that says why.
 */
@ApiTest
class BuyerFilingApiTest {

    /** A year no other test registers contracts in, so the turnover of its districts is this test's alone. */
    private static final LocalDate DAY = LocalDate.of(2043, 6, 10);
    private static final String TURNOVER = "/api/v1/indicators/contract-turnover?from=2043-01-01&to=2043-12-31"
            + "&period=YEAR&region=";

    @Autowired
    ContractApi api;

    @Autowired
    IndicatorFixtures fx;

    @AfterEach
    void resetClock() {
        fx.clock().reset();
    }

    static Map<String, Object> imported(String type, String subtype) {
        Map<String, Object> body = contract("860000.00");
        body.remove("buyer");
        body.put("type", type);
        body.put("subtype", subtype);
        body.put("role", "BUYER");
        Map<String, Object> seller = new LinkedHashMap<>();
        seller.put("name", "Fraunhofer-Gesellschaft");
        seller.put("country", "de");
        body.put("seller", seller);
        return body;
    }

    @Test
    void aLicenceFromAbroadFiledByItsBuyerIsAbsorptionOfTheBuyersDistrictAndNoRegionsOutput() {
        fx.on(DAY);
        Seller filer = api.seller(ContractApi.PENGJIANG);
        BigDecimal[] outputBefore = turnover(ContractApi.PENGJIANG, "SELLER");
        BigDecimal[] cityOutputBefore = turnover(ContractApi.JIANGMEN, "SELLER");
        BigDecimal[] absorptionBefore = turnover(ContractApi.PENGJIANG, "BUYER");

        long id = api.filed(filer.bearer(), imported("TECHNOLOGY_LICENSING", "PATENT"));
        JsonNode filed = api.read(filer.bearer(), id);
        assertThat(filed.get("role").asString()).isEqualTo("BUYER");
        assertThat(filed.get("seller").get("name").asString()).isEqualTo("Fraunhofer-Gesellschaft");
        assertThat(filed.get("seller").get("country").asString()).isEqualTo("DE");
        assertThat(filed.get("seller").get("nature").asString()).isEqualTo("FOREIGN");
        // the filer is the buyer: its own registry entry, in its district
        assertThat(filed.get("buyer").get("creditCode").asString()).isEqualTo(filer.creditCode());
        assertThat(filed.get("buyer").get("regionCode").asString()).isEqualTo(ContractApi.PENGJIANG);
        assertThat(filed.get("sellerRegionCode").asString()).isEqualTo(ContractApi.PENGJIANG);

        JsonNode registered = api.stepOk(api.official(ContractApi.PENGJIANG), id, "register");
        assertThat(registered.get("registrationNo").asString()).startsWith("2043" + ContractApi.PENGJIANG);

        assertMoved(absorptionBefore, turnover(ContractApi.PENGJIANG, "BUYER"), 1, "860000.00");
        assertMoved(outputBefore, turnover(ContractApi.PENGJIANG, "SELLER"), 0, "0");
        assertMoved(cityOutputBefore, turnover(ContractApi.JIANGMEN, "SELLER"), 0, "0");
        // the figure's lineage lists it under absorption only
        assertThat(lineage(ContractApi.PENGJIANG, "BUYER")).contains(registered.get("registrationNo").asString());
        assertThat(lineage(ContractApi.PENGJIANG, "SELLER")).doesNotContain(registered.get("registrationNo").asString());
    }

    @Test
    void aDevelopmentCommissionedAbroadMayBeFiledByItsBuyerAndShowsTheSellerAbroadOnItsVerification() {
        Seller filer = api.seller();
        long id = api.filed(filer.bearer(), imported("TECHNOLOGY_DEVELOPMENT", "COMMISSIONED"));
        JsonNode registered = api.stepOk(api.official(), id, "register");
        assertThat(registered.get("role").asString()).isEqualTo("BUYER");
        // commissioned development for a domestic enterprise buyer: its extra R&D deduction
        assertThat(registered.get("taxRelief").get("buyerRdDeduction").asBoolean()).isTrue();
        assertThat(registered.get("taxRelief").get("incomeTaxTransfer").asBoolean()).isFalse();

        // the list narrows to what the buyer filed, or to what sellers filed
        long sold = api.submitted(filer);
        String list = ContractApi.CONTRACTS + "?size=200&sellerId=" + filer.id() + "&filerRole=";
        assertThat(listed(filer.bearer(), list + "BUYER")).contains(id).doesNotContain(sold);
        assertThat(listed(filer.bearer(), list + "SELLER")).contains(sold).doesNotContain(id);
        assertThat(api.mvc().get().uri(list + "NEITHER").header(HttpHeaders.AUTHORIZATION, filer.bearer()).exchange())
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theBuyerCorrectsTheSellerAbroadOfAReturnedFilingAndASellerNamingOneIs400() {
        Seller filer = api.seller();
        long id = api.filed(filer.bearer(), imported("TECHNOLOGY_TRANSFER", "PATENT"));
        api.stepOk(api.official(), id, "return", "卖方名称与合同文本不符");
        Map<String, Object> corrected = imported("TECHNOLOGY_TRANSFER", "PATENT");
        corrected.remove("role");
        corrected.put("seller", Map.of("name", "Fraunhofer-Institut für Lasertechnik ILT", "country", "de",
                "nature", "RESEARCH_INSTITUTE"));

        MvcTestResult put = put(filer.bearer(), id, corrected);

        assertThat(put).as(() -> ContractApi.body(put)).hasStatusOk();
        JsonNode after = api.read(filer.bearer(), id);
        assertThat(after.get("seller").get("name").asString()).isEqualTo("Fraunhofer-Institut für Lasertechnik ILT");
        assertThat(after.get("seller").get("country").asString()).isEqualTo("DE");
        assertThat(after.get("seller").get("nature").asString()).isEqualTo("RESEARCH_INSTITUTE");
        assertThat(after.get("role").asString()).isEqualTo("BUYER");
        // left out, the seller abroad stays; a seller without a country is 400 and changes nothing
        corrected.remove("seller");
        assertThat(put(filer.bearer(), id, corrected)).hasStatusOk();
        assertThat(api.read(filer.bearer(), id).get("seller").get("name").asString())
                .isEqualTo("Fraunhofer-Institut für Lasertechnik ILT");
        corrected.put("seller", Map.of("name", "Someone"));
        JsonNode before = api.read(filer.bearer(), id);
        assertThat(put(filer.bearer(), id, corrected)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("seller.country"));
        assertThat(api.read(filer.bearer(), id)).isEqualTo(before);

        // a contract its seller registers names no seller abroad
        long sold = api.filed(filer.bearer(), ContractApi.with(contract("120000.00"), "submit", false));
        Map<String, Object> withSeller = contract("120000.00");
        withSeller.put("seller", Map.of("name", "Siemens AG", "country", "DE"));
        JsonNode soldBefore = api.read(filer.bearer(), sold);
        assertThat(put(filer.bearer(), sold, withSeller)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].code",
                        v -> v.assertThat().isEqualTo("error.contract.buyerFiling.sellerWithoutRole"));
        assertThat(api.read(filer.bearer(), sold)).isEqualTo(soldBefore);
    }

    private MvcTestResult put(String bearer, long id, Map<String, Object> body) {
        return api.mvc().put().uri(ContractApi.CONTRACTS + "/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json(body)).exchange();
    }

    @Test
    void aBuyerFilingAnyOtherContractGets400NamingTheRule() {
        Seller filer = api.seller();
        for (String[] kind : new String[][] {{"TECHNICAL_CONSULTING", null}, {"TECHNICAL_SERVICE", "GENERAL"},
                {"TECHNOLOGY_DEVELOPMENT", "COOPERATIVE"}}) {
            MvcTestResult result = api.file(filer.bearer(), imported(kind[0], kind[1]));
            assertThat(result).as(kind[0]).hasStatus(HttpStatus.BAD_REQUEST)
                    .hasContentTypeCompatibleWith("application/problem+json")
                    .bodyJson()
                    .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("role"))
                    .hasPathSatisfying("$.errors[0].code",
                            v -> v.assertThat().isEqualTo("error.contract.buyerFiling.kind"));
        }
        assertThat(api.count("select count(*) from technology_contract where seller_id = ?", filer.id())).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSellerInChinaOrNoSellerOrASellerWithoutTheBuyerRoleIs400() {
        Seller filer = api.seller();
        Map<String, Object> domestic = imported("TECHNOLOGY_TRANSFER", "PATENT");
        ((Map<String, Object>) domestic.get("seller")).put("country", "CN");
        assertThat(api.file(filer.bearer(), domestic)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("seller.country"))
                .hasPathSatisfying("$.errors[0].code",
                        v -> v.assertThat().isEqualTo("error.contract.buyerFiling.sellerInChina"));

        Map<String, Object> noSeller = imported("TECHNOLOGY_TRANSFER", "PATENT");
        noSeller.remove("seller");
        assertThat(api.file(filer.bearer(), noSeller)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("seller"));

        Map<String, Object> sellerNamed = contract("120000.00");
        sellerNamed.put("seller", Map.of("name", "Acme GmbH", "country", "DE"));
        assertThat(api.file(filer.bearer(), sellerNamed)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].code",
                        v -> v.assertThat().isEqualTo("error.contract.buyerFiling.sellerWithoutRole"));
        assertThat(api.count("select count(*) from technology_contract where seller_id = ?", filer.id())).isZero();
    }

    @Test
    void reclassifyingABuyerFiledImportAsAServiceAtRegistrationIs400AndLeavesItSubmitted() {
        Seller filer = api.seller();
        long id = api.filed(filer.bearer(), imported("TECHNOLOGY_TRANSFER", "PATENT"));

        MvcTestResult result = api.mvc().post().uri(ContractApi.CONTRACTS + "/{id}/register", id)
                .header(HttpHeaders.AUTHORIZATION, api.official())
                .contentType(MediaType.APPLICATION_JSON)
                .content(ContractApi.json(Map.of("type", "TECHNICAL_SERVICE", "subtype", "GENERAL"))).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("type"))
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.contract.buyerFiling.kind"));
        assertThat(api.status(filer.bearer(), id)).isEqualTo("SUBMITTED");
    }

    private List<Long> listed(String bearer, String uri) {
        List<Long> ids = new ArrayList<>();
        ContractApi.json(api.mvc().get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange())
                .get("content").forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }

    private static void assertMoved(BigDecimal[] before, BigDecimal[] after, int contracts, String amount) {
        assertThat(after[0]).isEqualByComparingTo(before[0].add(BigDecimal.valueOf(contracts)));
        assertThat(after[1]).isEqualByComparingTo(before[1].add(new BigDecimal(amount)));
    }

    /** Count and contract amount of the region's 2043 turnover from this perspective (zeros without a point). */
    private BigDecimal[] turnover(String region, String perspective) {
        JsonNode body = json(api.mvc().get().uri(TURNOVER + region + "&perspective=" + perspective)
                .header(HttpHeaders.AUTHORIZATION, api.analyst()).exchange());
        for (JsonNode point : body.get("series")) {
            if (point.get("period").asString().equals("2043")) {
                return new BigDecimal[] {point.get("count").decimalValue(), point.get("contractAmount").decimalValue()};
            }
        }
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO.setScale(2)};
    }

    private String lineage(String region, String perspective) {
        return ContractApi.body(api.mvc().get().uri("/api/v1/indicators/contract-turnover/lineage?region=" + region
                        + "&period=2043&perspective=" + perspective + "&size=500")
                .header(HttpHeaders.AUTHORIZATION, api.analyst()).exchange());
    }
}
