package cn.kjj.platform.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.identity.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The enterprise API as the tests call it: fresh enterprises, certificates and callers for each
 * test, so that tests depend neither on demo data nor on each other.
 */
@Component
public class EnterpriseApi {

    public static final String ENTERPRISES = "/api/v1/enterprises";
    public static final String PIPELINE = "/api/v1/certifications/expiring";
    public static final String JIANGHAI = ApiFixtures.JIANGHAI;
    public static final String PENGJIANG = "440703";
    public static final String JIANGMEN = "440700";
    /** Few other tests use Enping: the renewal pipeline's tests keep their certificates there. */
    public static final String ENPING = "440785";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MockMvcTester mvc;
    private final ApiFixtures fixtures;

    EnterpriseApi(MockMvcTester mvc, ApiFixtures fixtures) {
        this.mvc = mvc;
        this.fixtures = fixtures;
    }

    public MockMvcTester mvc() {
        return mvc;
    }

    public ApiFixtures fixtures() {
        return fixtures;
    }

    public String official(String regionCode) {
        return fixtures.officialBearer(regionCode);
    }

    public String analyst() {
        return fixtures.quickBearer(Role.ANALYST);
    }

    public String admin() {
        return fixtures.quickBearer(Role.ADMIN);
    }

    public String clerkOf(long enterpriseId) {
        return fixtures.enterpriseBearer(enterpriseId);
    }

    /** A name no other test uses, to find exactly this test's enterprises by {@code q}. */
    public static String uniqueWord() {
        return "测" + SEQUENCE.incrementAndGet() + "x" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    /** A valid body for {@code POST /api/v1/enterprises} in {@code regionCode}. */
    public static Map<String, Object> enterprise(String regionCode, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("creditCode", ApiFixtures.randomCreditCode(regionCode));
        body.put("regionCode", regionCode);
        body.put("industry", "电子信息");
        body.put("foundedOn", "2015-06-18");
        body.put("employees", 120);
        body.put("rdStaff", 18);
        body.put("revenue", new java.math.BigDecimal("52000000.50"));
        body.put("rdExpense", 3100000);
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    /** A certificate number no other test uses. */
    public static String certificateNo() {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return "GR" + digits;
    }

    public static Map<String, Object> certificate(String kind, LocalDate issuedOn, LocalDate expiresOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("certificateNo", certificateNo());
        body.put("kind", kind);
        body.put("issuedOn", issuedOn.toString());
        if (expiresOn != null) {
            body.put("expiresOn", expiresOn.toString());
        }
        return body;
    }

    public MvcTestResult create(String bearer, Object body) {
        return mvc.post().uri(ENTERPRISES).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json(body)).exchange();
    }

    /** A new enterprise in {@code regionCode}, entered through the API by an administrator. */
    public long created(String regionCode, String name) {
        MvcTestResult result = create(admin(), enterprise(regionCode, name));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return json(result).get("id").asLong();
    }

    public MvcTestResult get(String bearer, String uri, Object... vars) {
        return mvc.get().uri(uri, vars).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    public MvcTestResult put(String bearer, long id, Object body, String ifMatch) {
        var request = mvc.put().uri(ENTERPRISES + "/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json(body));
        if (ifMatch != null) {
            request = request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.exchange();
    }

    public MvcTestResult certify(String bearer, long enterpriseId, Object body) {
        return mvc.post().uri(ENTERPRISES + "/{id}/certifications", enterpriseId)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json(body)).exchange();
    }

    /** Enters a certificate as an administrator and answers its id. */
    public long certified(long enterpriseId, String kind, LocalDate issuedOn, LocalDate expiresOn) {
        MvcTestResult result = certify(admin(), enterpriseId, certificate(kind, issuedOn, expiresOn));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return json(result).get("id").asLong();
    }

    public MvcTestResult revoke(String bearer, long enterpriseId, long certificationId, Object body) {
        return mvc.post().uri(ENTERPRISES + "/{id}/certifications/{cid}/revoke", enterpriseId, certificationId)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json(body)).exchange();
    }

    public long count(String sql, Object... params) {
        return fixtures.jdbc().sql(sql).params(params).query(Long.class).single();
    }

    public long enterpriseRows() {
        return count("select count(*) from enterprise");
    }

    public long certificationRows() {
        return count("select count(*) from high_tech_certification");
    }

    public static String json(Object body) {
        return JSON.writeValueAsString(body);
    }

    public static JsonNode json(MvcTestResult result) {
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    public static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** The bureau's today (Beijing), as the services see it. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
