package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Programs, calls and applications made through the API for the tests of applications. */
record ProgramApplicationApi(MockMvcTester mvc, ApiFixtures fixtures) {

    static final String APPLICATIONS = "/api/v1/program-applications";
    static final byte[] PDF = "%PDF-1.4\n%申报书\n".getBytes(StandardCharsets.UTF_8);

    long program(String bearer, String region, String budget) {
        MvcTestResult created = post(bearer, "/api/v1/programs", ProgramApiTest.program(
                "计划" + UUID.randomUUID().toString().substring(0, 8), region, 2026, budget));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return id(created);
    }

    /** An open competition (揭榜挂帅) of the region. */
    long competition(String bearer, String region, String budget) {
        MvcTestResult created = post(bearer, "/api/v1/programs", ProgramApiTest.program(
                "揭榜" + UUID.randomUUID().toString().substring(0, 8), region, 2026, budget)
                .replace("INNOVATION_VOUCHER", "OPEN_COMPETITION"));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return id(created);
    }

    /** A challenge open today on an open competition, with its prize, requiring 项目申报书. */
    MvcTestResult challenge(String bearer, long program, String budget, String prize) {
        LocalDate today = LocalDate.now();
        return post(bearer, "/api/v1/programs/" + program + "/calls", """
                {"title": "揭榜：高端装备关键部件", "opensOn": "%s", "closesOn": "%s", "budget": %s, "prize": %s,
                 "requiredDocuments": ["项目申报书"]}""".formatted(today.minusDays(10), today.plusDays(10), budget, prize));
    }

    /** A call open today, requiring one document, 申报书. */
    long call(String bearer, long program, String budget, String eligibility) {
        LocalDate today = LocalDate.now();
        return call(bearer, program, budget, eligibility, today.minusDays(10), today.plusDays(10));
    }

    long call(String bearer, long program, String budget, String eligibility, LocalDate opens, LocalDate closes) {
        MvcTestResult created = post(bearer, "/api/v1/programs/" + program + "/calls", """
                {"title": "申报指南", "opensOn": "%s", "closesOn": "%s", "budget": %s, "eligibility": "%s",
                 "requiredDocuments": ["项目申报书"], "guidelines": "支持关键核心技术攻关"}"""
                .formatted(opens, closes, budget, eligibility));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return id(created);
    }

    MvcTestResult apply(String bearer, long program, long call, String requested) {
        return post(bearer, "/api/v1/programs/" + program + "/applications", """
                {"callId": %d, "title": "伺服控制器研发", "requestedAmount": %s, "summary": "攻克高精度控制"}"""
                .formatted(call, requested));
    }

    long applied(String bearer, long program, long call, String requested) {
        MvcTestResult applied = apply(bearer, program, call, requested);
        assertThat(applied).hasStatus(HttpStatus.CREATED);
        return id(applied);
    }

    MvcTestResult attach(String bearer, long application, String document, byte[] bytes) {
        return mvc.post().uri(APPLICATIONS + "/{id}/attachments", application)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .multipart().file(new MockMultipartFile("file", "申报书.pdf", "application/pdf", bytes))
                .param("document", document).exchange();
    }

    /** An application of the enterprise, with its document, accepted and under review. */
    long underReview(String clerk, String official, long program, long call, String requested) {
        long application = applied(clerk, program, call, requested);
        assertThat(attach(clerk, application, "项目申报书", PDF)).hasStatus(HttpStatus.CREATED);
        assertThat(step(official, application, "accept", "{}")).hasStatusOk();
        return application;
    }

    MvcTestResult step(String bearer, long application, String step, String body) {
        return post(bearer, APPLICATIONS + "/" + application + "/" + step, body);
    }

    MvcTestResult get(String bearer, String uri) {
        return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    MvcTestResult put(String bearer, String uri, String body) {
        return mvc.put().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    MvcTestResult post(String bearer, String uri, String body) {
        return mvc.post().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    BigDecimal money(String sql, long id) {
        return fixtures.jdbc().sql(sql).param(id).query(BigDecimal.class).single();
    }

    static long id(MvcTestResult result) {
        Number id = JsonPath.read(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8),
                "$.id");
        return id.longValue();
    }

    static String json(MvcTestResult result, String path) {
        return String.valueOf((Object) JsonPath.read(new String(result.getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8), path));
    }
}
