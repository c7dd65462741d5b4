package cn.kjj.platform.contract;

import static cn.kjj.platform.contract.ContractApi.contract;
import static cn.kjj.platform.contract.ContractApi.json;
import static cn.kjj.platform.contract.ContractApi.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.contract.ContractApi.Seller;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * Who sees which contracts (an enterprise its own, an official its region, an analyst the
 * registered ones; 404 otherwise) and how the list is filtered, sorted and paged.
 */
@ApiTest
class ContractListTest {

    @Autowired
    ContractApi api;

    @Test
    void anEnterpriseListsOnlyItsOwnContracts() {
        Seller mine = api.seller();
        Seller theirs = api.seller();
        long a = api.submitted(mine);
        long b = api.filed(mine.bearer(), with(contract(), "submit", false));
        long other = api.submitted(theirs);

        JsonNode page = list(mine.bearer(), "");

        assertThat(ids(page)).containsExactly(b, a);
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(2);
        assertThat(ids(list(mine.bearer(), "?sellerId=" + theirs.id()))).isEmpty();
        assertThat(api.get(mine.bearer(), other)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void anOfficialSeesItsDistrictAndTheCityOfficialSeesAllItsDistricts() {
        Seller jianghai = api.seller();
        Seller pengjiang = api.seller(ContractApi.PENGJIANG);
        long here = api.submitted(jianghai);
        long there = api.submitted(pengjiang);
        String jianghaiOfficial = api.official();
        String cityOfficial = api.official(ContractApi.JIANGMEN);

        assertThat(api.get(jianghaiOfficial, here)).hasStatusOk();
        assertThat(api.get(jianghaiOfficial, there)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(ids(list(jianghaiOfficial, "?sellerId=" + pengjiang.id()))).isEmpty();
        assertThat(list(jianghaiOfficial, "?size=200").get("content").valueStream()
                .map(c -> c.get("sellerRegionCode").asString())).containsOnly(ContractApi.JIANGHAI);

        assertThat(api.get(cityOfficial, here)).hasStatusOk();
        assertThat(api.get(cityOfficial, there)).hasStatusOk();
        assertThat(ids(list(cityOfficial, "?sellerId=" + pengjiang.id()))).containsExactly(there);
        assertThat(ids(list(cityOfficial, "?region=" + ContractApi.PENGJIANG + "&sellerId=" + jianghai.id()))).isEmpty();
    }

    @Test
    void theRegionFilterCannotWidenAnOfficialsScope() {
        Seller pengjiang = api.seller(ContractApi.PENGJIANG);
        api.submitted(pengjiang);
        String jianghaiOfficial = api.official();

        assertThat(ids(list(jianghaiOfficial, "?region=" + ContractApi.PENGJIANG))).isEmpty();
        assertThat(ids(list(jianghaiOfficial, "?region=" + ContractApi.JIANGMEN + "&sellerId=" + pengjiang.id()))).isEmpty();
        assertThat(ids(list(jianghaiOfficial, "?region=440000&sellerId=" + pengjiang.id()))).isEmpty();
    }

    @Test
    void anAnalystReadsRegisteredContractsOnly() {
        Seller seller = api.seller();
        String official = api.official();
        long submitted = api.submitted(seller);
        long registered = api.submitted(seller);
        api.stepOk(official, registered, "register");
        String analyst = api.analyst();

        assertThat(api.get(analyst, submitted)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get(analyst, registered)).hasStatusOk();
        assertThat(ids(list(analyst, "?sellerId=" + seller.id()))).containsExactly(registered);
        JsonNode seen = api.read(analyst, registered);
        assertThat(seen.get("availableActions")).isEmpty();
        assertThat(seen.get("attachments")).isEmpty();
        assertThat(seen.get("history").valueStream().map(h -> h.get("to").asString()))
                .containsExactly("DRAFT", "SUBMITTED", "REGISTERED");
        assertThat(seen.get("history").valueStream()).allSatisfy(h -> assertThat(h.get("actor").isNull()).isTrue());
        assertThat(api.read(official, registered).get("history").get(2).get("actor").asString()).startsWith("Test OFFICIAL");
    }

    @Test
    void theListIsFilteredByStatusTypeDatesAndText() {
        Seller seller = api.seller();
        String official = api.official();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long development = api.filed(seller.bearer(), with(contract(), "title", "视觉检测 " + marker));
        long consulting = api.filed(seller.bearer(), with(with(with(with(contract(), "type", "TECHNICAL_CONSULTING"),
                "subtype", null), "signedOn", "2022-06-01"), "validFrom", "2022-06-01"));
        api.stepOk(official, consulting, "register");
        String registrationNo = api.read(official, consulting).get("registrationNo").asString();
        String today = ContractApi.today().toString();
        String mine = "&sellerId=" + seller.id();

        assertThat(ids(list(official, "?status=SUBMITTED" + mine))).containsExactly(development);
        assertThat(ids(list(official, "?type=TECHNICAL_CONSULTING" + mine))).containsExactly(consulting);
        assertThat(ids(list(official, "?signedFrom=2023-01-01" + mine))).containsExactly(development);
        assertThat(ids(list(official, "?signedTo=2022-12-31" + mine))).containsExactly(consulting);
        assertThat(ids(list(official, "?registeredFrom=" + today + "&registeredTo=" + today + mine)))
                .containsExactly(consulting);
        assertThat(ids(list(official, "?q=" + marker))).containsExactly(development);
        assertThat(ids(list(official, "?q=" + registrationNo))).containsExactly(consulting);
        assertThat(ids(list(official, "?q=测试企业" + mine)))
                .containsExactlyInAnyOrder(development, consulting);
    }

    @Test
    void aQueueIsOrderedByDueDateAndAnyOtherListNewestFirst() {
        Seller seller = api.seller();
        long first = api.submitted(seller);
        long second = api.submitted(seller);
        long draft = api.filed(seller.bearer(), with(contract(), "submit", false));
        api.fixtures().jdbc().sql("update technology_contract set due_on = due_on + 10 where id = ?").param(first).update();

        assertThat(ids(list(seller.bearer(), ""))).containsExactly(draft, second, first);
        assertThat(ids(list(seller.bearer(), "?status=SUBMITTED"))).containsExactly(second, first);
        assertThat(ids(list(seller.bearer(), "?sort=dueOn,desc"))).startsWith(draft).endsWith(second);
        assertThat(ids(list(seller.bearer(), "?sort=id"))).containsExactly(first, second, draft);
        assertThat(ids(list(seller.bearer(), "?sort=contractAmount,desc&sort=id,desc"))).containsExactly(draft, second, first);
    }

    @Test
    void severalStatusesAreOneFilterRepeatedOrCommaSeparatedAndAQueueIsByDueDate() {
        Seller seller = api.seller();
        String official = api.official();
        long submitted = api.submitted(seller);
        long pending = api.filed(seller.bearer(), ContractApi.contract("5000000.00"));
        api.stepOk(official, pending, "register");
        long draft = api.filed(seller.bearer(), with(contract(), "submit", false));
        // the older one falls due later: the queue order is the due date, not the id
        api.fixtures().jdbc().sql("update technology_contract set due_on = ? where id = ?")
                .params(ContractApi.today().plusDays(20), submitted).update();
        api.fixtures().jdbc().sql("update technology_contract set due_on = ? where id = ?")
                .params(ContractApi.today().plusDays(5), pending).update();
        String mine = "&sellerId=" + seller.id();

        assertThat(api.status(official, pending)).isEqualTo("PENDING_SECOND_REVIEW");
        assertThat(ids(list(official, "?status=SUBMITTED,PENDING_SECOND_REVIEW" + mine)))
                .containsExactly(pending, submitted).doesNotContain(draft);
        assertThat(ids(list(official, "?status=SUBMITTED&status=PENDING_SECOND_REVIEW" + mine)))
                .containsExactly(pending, submitted);
        assertThat(ids(list(official, "?status=DRAFT,SUBMITTED" + mine))).containsExactly(draft, submitted);
        assertThat(ids(list(seller.bearer(), "?status=PENDING_SECOND_REVIEW"))).containsExactly(pending);
    }

    @Test
    void aListRowCarriesTheLatestReasonButNoOneElsesName() {
        Seller seller = api.seller();
        String official = api.official();
        long returned = api.submitted(seller);
        api.stepOk(official, returned, "return", "请补充专利证书。");
        long revoked = api.submitted(seller);
        api.stepOk(official, revoked, "register");
        api.stepOk(official, revoked, "revoke", "合同已解除。");
        long plain = api.submitted(seller);

        JsonNode page = list(seller.bearer(), "");
        assertThat(page.get("content").valueStream().filter(c -> c.get("id").asLong() == returned)
                .map(c -> c.get("latestReason").asString())).containsExactly("请补充专利证书。");
        assertThat(page.get("content").valueStream().filter(c -> c.get("id").asLong() == plain)
                .map(c -> c.hasNonNull("latestReason"))).containsExactly(false);
        JsonNode seen = list(api.analyst(), "?sellerId=" + seller.id());
        assertThat(ids(seen)).containsExactly(revoked);
        assertThat(seen.get("content").get(0).get("latestReason").asString()).isEqualTo("合同已解除。");
        assertThat(seen.get("content").get(0).toString()).doesNotContain("Test OFFICIAL");
    }

    @Test
    void theListIsPaged() {
        Seller seller = api.seller();
        for (int i = 0; i < 3; i++) {
            api.submitted(seller);
        }

        JsonNode second = list(seller.bearer(), "?page=1&size=2");

        assertThat(ids(second)).hasSize(1);
        assertThat(second.get("page").get("size").asInt()).isEqualTo(2);
        assertThat(second.get("page").get("number").asInt()).isEqualTo(1);
        assertThat(second.get("page").get("totalElements").asLong()).isEqualTo(3);
        assertThat(second.get("page").get("totalPages").asInt()).isEqualTo(2);
    }

    @ParameterizedTest(name = "?{0} is a 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "sort=title|sort",
            "size=201|size",
            "page=-1|page",
            "region=999999|region",
            "region=jianghai|region",
            "signedFrom=2023-02-01&signedTo=2023-01-01|signedTo",
            "registeredFrom=2023-02-01&registeredTo=2023-01-01|registeredTo",
            "signedFrom=2023-02-30|signedFrom",
            "status=LOST|status",
            "status=SUBMITTED,LOST|status",
            "overdue=perhaps|overdue",
            "sellerId=abc|sellerId"})
    void aBadListParameterIsA400NamingIt(String query, String field) {
        MvcTestResult result = api.mvc().get().uri(ContractApi.CONTRACTS + "?" + query)
                .header(HttpHeaders.AUTHORIZATION, api.official()).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(json(result).get("errors").valueStream().map(e -> e.get("field").asString())).contains(field);
    }

    @Test
    void everyRoleGetsTheCatalogueInBothLanguages() {
        for (String bearer : List.of(api.seller().bearer(), api.official(), api.analyst(), api.admin())) {
            JsonNode catalogue = json(api.mvc().get().uri(ContractApi.CONTRACTS + "/catalogue")
                    .header(HttpHeaders.AUTHORIZATION, bearer).exchange());

            assertThat(catalogue.get("types").valueStream().map(t -> t.get("code").asString())).containsExactly(
                    "TECHNOLOGY_DEVELOPMENT", "TECHNOLOGY_TRANSFER", "TECHNOLOGY_LICENSING", "TECHNICAL_CONSULTING",
                    "TECHNICAL_SERVICE");
            JsonNode development = catalogue.get("types").get(0);
            assertThat(development.get("nameZh").asString()).isEqualTo("技术开发");
            assertThat(development.get("nameEn").asString()).isEqualTo("Technology development");
            assertThat(development.get("subtypes").valueStream().map(s -> s.get("code").asString()))
                    .containsExactly("COMMISSIONED", "COOPERATIVE");
            assertThat(catalogue.get("types").get(3).get("subtypes")).isEmpty();
            assertThat(catalogue.get("technologyFields")).hasSize(11);
            assertThat(catalogue.get("technologyFields").get(0).get("nameZh").asString()).isEqualTo("电子信息");
        }
    }

    private JsonNode list(String bearer, String query) {
        MvcTestResult result = api.mvc().get().uri(ContractApi.CONTRACTS + query)
                .header(HttpHeaders.AUTHORIZATION, bearer).exchange();
        assertThat(result).as(() -> ContractApi.body(result)).hasStatusOk();
        return json(result);
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("content").valueStream().map(c -> c.get("id").asLong()).toList();
    }
}
