package cn.kjj.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Thousands of malformed requests against every write endpoint of the API: each field of a valid
 * body replaced by each of {@link BadValues#ALL}, malformed JSON, wrong content types, missing
 * fields and an oversized body. Never a 5xx; a refusal is problem JSON and leaves the tables as they
 * were; what is accepted is stored verbatim.
 */
@PortalTest
class BadInputTest {

    static final List<String> MALFORMED = List.of("", "{", "}", "[]", "\"text\"", "null", "42", "{\"a\":}",
            "{\"name\": \"x\"", "{'name': 'x'}", "{\"a\":1}{\"b\":2}", "[".repeat(5_000) + "]".repeat(5_000),
            "{\"name\": \"\\uZZZZ\"}", "\u0000", "{\"name\": NaN}");

    static final List<String> WRONG_TYPES = List.of(MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_XML_VALUE,
            MediaType.APPLICATION_FORM_URLENCODED_VALUE, "application/json; charset=ebcdic", "nonsense");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noMalformedRequestToTheApiCausesAServerErrorOrStoresAnything() throws Exception {
        MatrixPeople people = new MatrixPeople(context);
        AccountPrincipal admin = people.get(Who.ADMIN);
        long programId = jdbc.sql("select min(id) from program where region_code = '440704'").query(Long.class).single();
        long voucherProgramId = jdbc.sql("select min(id) from program where region_code = '440704' "
                + "and kind = 'INNOVATION_VOUCHER'").query(Long.class).single();
        List<String> problems = new ArrayList<>();
        int sent = 0;
        for (WriteTargets target : WriteTargets.all(people.ownerEnterpriseId(), programId, voucherProgramId)) {
            sent += sendAll(target, admin, problems);
        }
        // every route of programs, calls, applications, reviews, competitions, subsidies and vouchers (issue 15)
        for (ProgramWriteTargets.Target target : ProgramWriteTargets.all(context, people)) {
            sent += sendAll(target.write(), target.as(), problems);
        }
        assertThat(sent).isGreaterThanOrEqualTo(500);
        assertThat(problems).as("answers to %d malformed requests", sent).isEmpty();
    }

    /** Every bad value in every field, without each field, malformed, of a wrong type and oversized. */
    private int sendAll(WriteTargets target, AccountPrincipal as, List<String> problems) throws Exception {
        int sent = 0;
        for (String path : WriteTargets.paths(target.validBody().get())) {
            for (BadValues bad : BadValues.ALL) {
                String body = WriteTargets.json(target.validBody().get(), path, bad.json());
                check(target, path + " = " + bad, MediaType.APPLICATION_JSON_VALUE, body, bad.text(), as, problems);
                sent++;
            }
            Map<String, Object> without = new LinkedHashMap<>(target.validBody().get());
            without.remove(path);
            check(target, "without " + path, MediaType.APPLICATION_JSON_VALUE, WriteTargets.json(without, null, null),
                    null, as, problems);
            sent++;
        }
        for (String malformed : MALFORMED) {
            check(target, "malformed " + abbreviate(malformed), MediaType.APPLICATION_JSON_VALUE, malformed, null, as,
                    problems);
            sent++;
        }
        for (String type : WRONG_TYPES) {
            check(target, "content type " + type, type, WriteTargets.json(target.validBody().get(), null, null), null,
                    as, problems);
            sent++;
        }
        MockHttpServletResponse oversized = check(target, "oversized body", MediaType.APPLICATION_JSON_VALUE,
                WriteTargets.json(with(target, "padding", "y".repeat(2 * 1024 * 1024)), null, null), null, as,
                problems);
        assertThat(oversized.getStatus()).as(target + " oversized body").isEqualTo(413);
        return sent + 1;
    }

    private static Map<String, Object> with(WriteTargets target, String name, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(target.validBody().get());
        body.put(name, value);
        return body;
    }

    private MockHttpServletResponse check(WriteTargets target, String what, String contentType, String body, String text,
                       AccountPrincipal as, List<String> problems) throws Exception {
        long before = rows(target);
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(target.method()), target.uri())
                .header(HttpHeaders.CONTENT_TYPE, contentType)
                .content(body.getBytes(StandardCharsets.UTF_8)).with(user(as));
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String answer = response.getContentAsString(StandardCharsets.UTF_8);
        String where = target + " " + what + ": " + status + " ";
        if (status >= 500) {
            problems.add(where + abbreviate(answer));
        } else if (status < 300 && BadValues.isImpossibleDateIn(what)) {
            problems.add(where + "accepted an impossible date");
        } else if (status >= 400) {
            if (response.getContentType() == null
                    || !response.getContentType().startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
                problems.add(where + "not problem JSON but " + response.getContentType());
            }
            if (rows(target) != before) {
                problems.add(where + "refused, yet rows were written");
            }
        } else if (text != null && !text.trim().isEmpty() && !what.startsWith("password")
                && !answer.contains(text.strip())) {
            // (Jackson reads a string that trims to nothing as null for an optional number or date;
            // a password is never echoed)
            problems.add(where + "accepted, but not stored verbatim: " + abbreviate(answer));
        }
        return response;
    }

    private long rows(WriteTargets target) {
        long total = 0;
        for (String table : target.tables()) {
            total += jdbc.sql("select count(*) from " + table).query(Long.class).single();
        }
        return total;
    }

    private static String abbreviate(String text) {
        String shown = text.replace("\u0000", "\\0");
        return shown.length() > 200 ? shown.substring(0, 200) + "…" : shown;
    }
}
