package cn.kjj.platform.enterprise;

import static cn.kjj.platform.enterprise.EnterpriseApi.ENTERPRISES;
import static cn.kjj.platform.enterprise.EnterpriseApi.JIANGHAI;
import static cn.kjj.platform.enterprise.EnterpriseApi.JIANGMEN;
import static cn.kjj.platform.enterprise.EnterpriseApi.enterprise;
import static cn.kjj.platform.enterprise.EnterpriseApi.json;
import static cn.kjj.platform.enterprise.EnterpriseApi.uniqueWord;
import static cn.kjj.platform.enterprise.EnterpriseApi.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Entering, correcting, finding enterprises, and their history, as an official of Jianghai does. */
@ApiTest
class EnterpriseApiTest {

    @Autowired
    EnterpriseApi api;

    String official;

    @BeforeEach
    void officialOfJianghai() {
        official = api.official(JIANGHAI);
    }

    @Test
    void anOfficialEntersAnEnterpriseAndReadsItBackWithItsVersionAsETag() {
        Map<String, Object> body = enterprise(JIANGHAI, "江门市" + uniqueWord() + "科技有限公司");

        MvcTestResult created = api.create(official, body);

        assertThat(created).hasStatus(HttpStatus.CREATED).hasHeader(HttpHeaders.ETAG, "\"0\"");
        JsonNode enterprise = json(created);
        long id = enterprise.get("id").asLong();
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(ENTERPRISES + "/" + id);
        MvcTestResult read = api.get(official, ENTERPRISES + "/{id}", id);
        assertThat(read).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"0\"");
        JsonNode again = json(read);
        assertThat(again.get("name").asString()).isEqualTo(body.get("name"));
        assertThat(again.get("creditCode").asString()).isEqualTo(body.get("creditCode"));
        assertThat(again.get("regionCode").asString()).isEqualTo(JIANGHAI);
        assertThat(again.get("foundedOn").asString()).isEqualTo("2015-06-18");
        assertThat(again.get("revenue").decimalValue()).isEqualByComparingTo("52000000.50");
        assertThat(again.get("highTech").asBoolean()).isFalse();
        assertThat(again.get("editable").asBoolean()).isTrue();
    }

    @Test
    void anOrganisationHasANatureEnterpriseUnlessItSaysOtherwise() {
        JsonNode plain = json(api.create(official, enterprise(JIANGHAI, "江门市" + uniqueWord() + "科技有限公司")));
        assertThat(plain.get("nature").asString()).isEqualTo("ENTERPRISE");

        Map<String, Object> university = enterprise(JIANGHAI, "五邑" + uniqueWord() + "大学");
        university.put("nature", "UNIVERSITY");
        JsonNode created = json(api.create(official, university));
        assertThat(json(api.get(official, ENTERPRISES + "/{id}", created.get("id").asLong())).get("nature").asString())
                .isEqualTo("UNIVERSITY");
        university.put("nature", "GUILD");
        assertThat(api.create(official, university)).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void everyWrongFieldIsA400NamingItAndNothingIsStored() {
        long before = api.enterpriseRows();
        Map<String, Object> wrong = enterprise(JIANGHAI, " ");
        wrong.put("creditCode", "91440704MA4WJH011C");
        wrong.put("regionCode", "44070");
        wrong.put("employees", 10);
        wrong.put("rdStaff", 11);
        wrong.put("revenue", 1.234);

        MvcTestResult result = api.create(official, wrong);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fields(json(result))).containsExactlyInAnyOrder("name", "creditCode", "regionCode", "rdStaff",
                "revenue");
        assertThat(api.enterpriseRows()).isEqualTo(before);
    }

    @Test
    void aCreditCodeWithAWrongCheckCharacterIsRefusedNamingCreditCodeInTheCallersLanguage() {
        String code = ApiFixtures.randomCreditCode(JIANGHAI);
        String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');

        MvcTestResult result = api.mvc().post().uri(ENTERPRISES).header(HttpHeaders.AUTHORIZATION, official)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(with(enterprise(JIANGHAI, uniqueWord()), "creditCode", wrong))).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        JsonNode error = json(result).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("creditCode");
        assertThat(error.get("message").asString()).contains("credit code");
    }

    @Test
    void aSecondEnterpriseWithTheSameCreditCodeIsA409EvenInLowerCase() {
        Map<String, Object> first = enterprise(JIANGHAI, uniqueWord());
        assertThat(api.create(official, first)).hasStatus(HttpStatus.CREATED);
        long before = api.enterpriseRows();
        String code = (String) first.get("creditCode");

        MvcTestResult again = api.create(official, with(enterprise(JIANGHAI, uniqueWord()), "creditCode",
                " " + code.toLowerCase(Locale.ROOT)));

        assertThat(again).hasStatus(HttpStatus.CONFLICT);
        assertThat(json(again).get("code").asString()).isEqualTo("error.enterprise.creditCode.duplicate");
        assertThat(api.enterpriseRows()).isEqualTo(before);
    }

    @Test
    void anUpdateCannotTakeTheCreditCodeOfAnotherEnterprise() {
        Map<String, Object> other = enterprise(JIANGHAI, uniqueWord());
        assertThat(api.create(official, other)).hasStatus(HttpStatus.CREATED);
        long id = json(api.create(official, enterprise(JIANGHAI, uniqueWord()))).get("id").asLong();

        MvcTestResult result = api.put(official, id, with(enterprise(JIANGHAI, "x"), "creditCode",
                other.get("creditCode")), null);

        assertThat(result).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void anUpdateWithTheCurrentIfMatchReplacesTheRecordAndAStaleOneIsA412ThatChangesNothing() {
        Map<String, Object> body = enterprise(JIANGHAI, uniqueWord());
        long id = json(api.create(official, body)).get("id").asLong();

        MvcTestResult first = api.put(official, id, with(body, "employees", 150), "\"0\"");
        assertThat(first).hasStatusOk().hasHeader(HttpHeaders.ETAG, "\"1\"");
        assertThat(json(first).get("employees").asInt()).isEqualTo(150);

        MvcTestResult stale = api.put(official, id, with(body, "employees", 999), "\"0\"");

        assertThat(stale).hasStatus(HttpStatus.PRECONDITION_FAILED);
        assertThat(json(stale).get("code").asString()).isEqualTo("error.version.mismatch");
        assertThat(json(api.get(official, ENTERPRISES + "/{id}", id)).get("employees").asInt()).isEqualTo(150);
    }

    @Test
    void anEnterpriseIsRegisteredInADistrictNotInACity() {
        MvcTestResult result = api.create(api.official(JIANGMEN), enterprise(JIANGMEN, uniqueWord()));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(json(result).get("errors").get(0).get("code").asString())
                .isEqualTo("error.enterprise.regionNotDistrict");
    }

    @Test
    void theListFindsByNameOrCreditCodeAndByWhetherACertificateIsInForce() {
        String word = uniqueWord();
        long certified = api.created(JIANGHAI, word + "甲");
        long plain = api.created(JIANGHAI, word + "乙");
        api.certified(certified, "INITIAL", EnterpriseApi.today().minusYears(1), null);
        String code = json(api.get(official, ENTERPRISES + "/{id}", plain)).get("creditCode").asString();

        assertThat(ids(list("q=" + word))).containsExactlyInAnyOrder(certified, plain);
        assertThat(ids(list("q=" + word + "&highTech=true"))).containsExactly(certified);
        assertThat(ids(list("q=" + word + "&highTech=false"))).containsExactly(plain);
        assertThat(ids(list("q=" + code.substring(2, 16).toLowerCase(Locale.ROOT)))).containsExactly(plain);
        JsonNode row = list("q=" + word + "&highTech=true").get("content").get(0);
        assertThat(row.get("highTech").asBoolean()).isTrue();
        assertThat(row.get("certifiedUntil").asString()).isNotBlank();
    }

    @Test
    void theListSortsAndPagesAndRefusesAnUnknownSortField() {
        String word = uniqueWord();
        long a = api.created(JIANGHAI, word + "A");
        long b = api.created(JIANGHAI, word + "B");
        long c = api.created(JIANGHAI, word + "C");

        JsonNode first = list("q=" + word + "&sort=name,desc&size=2");
        JsonNode second = list("q=" + word + "&sort=name,desc&size=2&page=1");

        assertThat(ids(first)).containsExactly(c, b);
        assertThat(ids(second)).containsExactly(a);
        assertThat(first.get("page").get("totalElements").asLong()).isEqualTo(3);
        assertThat(first.get("page").get("totalPages").asInt()).isEqualTo(2);
        MvcTestResult unknown = api.get(official, ENTERPRISES + "?sort=password");
        assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(fields(json(unknown))).containsExactly("sort");
    }

    @Test
    void theHistoryListsTheCreationAndTheUpdateWithTheFieldsBeforeAndAfter() {
        Map<String, Object> body = enterprise(JIANGHAI, "旧名称" + uniqueWord());
        long id = json(api.create(official, body)).get("id").asLong();
        assertThat(api.put(official, id, with(body, "name", "新名称"), null)).hasStatusOk();

        MvcTestResult result = api.get(official, ENTERPRISES + "/{id}/history", id);

        assertThat(result).hasStatusOk();
        JsonNode history = json(result);
        assertThat(history.size()).isEqualTo(2);
        JsonNode creation = history.get(0);
        assertThat(creation.get("action").asString()).isEqualTo("enterprise.create");
        assertThat(creation.get("actor").asString()).startsWith("official-");
        assertThat(creation.get("before").isNull()).isTrue();
        assertThat(creation.get("after").get("name").asString()).isEqualTo(body.get("name"));
        JsonNode update = history.get(1);
        assertThat(update.get("action").asString()).isEqualTo("enterprise.update");
        assertThat(update.get("before").get("name").asString()).isEqualTo(body.get("name"));
        assertThat(update.get("after").get("name").asString()).isEqualTo("新名称");
        assertThat(update.get("changes").size()).isEqualTo(1);
        JsonNode change = update.get("changes").get(0);
        assertThat(change.get("field").asString()).isEqualTo("name");
        assertThat(change.get("before").asString()).isEqualTo(body.get("name"));
        assertThat(change.get("after").asString()).isEqualTo("新名称");
    }

    private JsonNode list(String query) {
        MvcTestResult result = api.get(official, ENTERPRISES + "?" + query);
        assertThat(result).hasStatusOk();
        return json(result);
    }

    static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("content").forEach(row -> ids.add(row.get("id").asLong()));
        return ids;
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
