package cn.kjj.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.identity.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract API as the tests call it: parties made fresh for each test, a valid contract to
 * change where a test needs to, and the steps of registration. Stateless, so threads may share it.
 */
@Component
public class ContractApi {

    public static final String CONTRACTS = "/api/v1/contracts";
    public static final String JIANGHAI = ApiFixtures.JIANGHAI;
    public static final String PENGJIANG = "440703";
    public static final String JIANGMEN = "440700";
    /** The buyers' district in the tests (Tianhe, Guangzhou): outside every seller's region. */
    public static final String BUYER_REGION = "440106";

    /** Reads amounts as exact decimals, as a client handling money must. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final MockMvcTester mvc;
    private final ApiFixtures fixtures;

    ContractApi(MockMvcTester mvc, ApiFixtures fixtures) {
        this.mvc = mvc;
        this.fixtures = fixtures;
    }

    /** A seller (enterprise) and the {@code Authorization} header of one of its clerks. */
    public record Seller(long id, String creditCode, String bearer) {
    }

    public Seller seller() {
        return seller(JIANGHAI);
    }

    public Seller seller(String regionCode) {
        long id = fixtures.enterprise(regionCode);
        return new Seller(id, fixtures.creditCodeOf(id), fixtures.enterpriseBearer(id));
    }

    public String official() {
        return fixtures.officialBearer(JIANGHAI);
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

    public ApiFixtures fixtures() {
        return fixtures;
    }

    public MockMvcTester mvc() {
        return mvc;
    }

    /** A valid contract (technology development, 3.6 million yuan) with a new buyer; a mutable map. */
    public static Map<String, Object> contract() {
        Map<String, Object> buyer = new LinkedHashMap<>();
        buyer.put("name", "广州市天河区云图数据有限公司");
        buyer.put("creditCode", ApiFixtures.randomCreditCode(BUYER_REGION));
        buyer.put("regionCode", BUYER_REGION);
        buyer.put("country", "CN");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "工业视觉缺陷检测系统开发合同");
        body.put("type", "TECHNOLOGY_DEVELOPMENT");
        body.put("subtype", "COMMISSIONED");
        body.put("technologyField", "ELECTRONIC_INFORMATION");
        body.put("buyer", buyer);
        body.put("signedOn", "2023-01-10");
        body.put("validFrom", "2023-01-10");
        body.put("validTo", "2025-12-31");
        body.put("contractAmount", new BigDecimal("3600000.00"));
        body.put("techTransactionAmount", new BigDecimal("3000000.00"));
        return body;
    }

    /** {@link #contract()} of this amount (both amounts), with a random title. */
    public static Map<String, Object> contract(String amount) {
        Map<String, Object> body = contract();
        body.put("contractAmount", new BigDecimal(amount));
        body.put("techTransactionAmount", new BigDecimal(amount));
        body.put("title", "合同 " + ThreadLocalRandom.current().nextInt(1_000_000));
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> withBuyer(Map<String, Object> body, String field, Object value) {
        ((Map<String, Object>) body.get("buyer")).put(field, value);
        return body;
    }

    public static String json(Object body) {
        return JSON.writeValueAsString(body);
    }

    public static JsonNode json(MvcTestResult result) {
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    /** The response body as UTF-8 text. */
    public static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public static long id(MvcTestResult result) {
        return json(result).get("id").asLong();
    }

    public static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }

    public MvcTestResult file(String bearer, Object body) {
        return mvc.post().uri(CONTRACTS).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(json(body)).exchange();
    }

    /** Files the contract and checks that it was created; its id. */
    public long filed(String bearer, Object body) {
        MvcTestResult result = file(bearer, body);
        assertThat(result).as(() -> body(result)).hasStatus(HttpStatus.CREATED);
        return id(result);
    }

    /** A submitted contract of a new Jianghai seller. */
    public long submitted(Seller seller) {
        return filed(seller.bearer(), contract());
    }

    public MvcTestResult get(String bearer, long id) {
        return mvc.get().uri(CONTRACTS + "/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    public JsonNode read(String bearer, long id) {
        MvcTestResult result = get(bearer, id);
        assertThat(result).hasStatusOk();
        return json(result);
    }

    public String status(String bearer, long id) {
        return read(bearer, id).get("status").asString();
    }

    /** {@code POST /api/v1/contracts/{id}/{step}}, with {@code {"reason"}} when {@code reason} is not null. */
    public MvcTestResult step(String bearer, long id, String step, String reason) {
        var request = mvc.post().uri(CONTRACTS + "/{id}/{step}", id, step).header(HttpHeaders.AUTHORIZATION, bearer);
        if (reason != null) {
            // a refusal names its ground (decision 0031); these tests give the ground OTHER with their reason
            Map<String, String> body = step.equals("reject") ? Map.of("reason", reason, "reasonCode", "OTHER")
                    : Map.of("reason", reason);
            request = request.contentType(MediaType.APPLICATION_JSON).content(json(body));
        }
        return request.exchange();
    }

    public MvcTestResult step(String bearer, long id, String step) {
        return step(bearer, id, step, null);
    }

    /** Takes the step and checks that it succeeded; the contract afterwards. */
    public JsonNode stepOk(String bearer, long id, String step, String reason) {
        MvcTestResult result = step(bearer, id, step, reason);
        assertThat(result).as(() -> step + ": " + body(result)).hasStatusOk();
        return json(result);
    }

    public JsonNode stepOk(String bearer, long id, String step) {
        return stepOk(bearer, id, step, null);
    }

    public long count(String sql, Object... params) {
        return fixtures.jdbc().sql(sql).params(params).query(Long.class).single();
    }

    /** Rows of everything that filing or deciding writes: contracts, history, attachments, audit events. */
    public Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : new String[] {"technology_contract", "contract_history", "contract_attachment",
                "contract_attachment_content", "idempotency_key", "registration_counter", "audit_event"}) {
            counts.put(table, count("select count(*) from " + table));
        }
        counts.put("registration serials", count("select coalesce(sum(last_serial), 0) from registration_counter"));
        return counts;
    }
}
