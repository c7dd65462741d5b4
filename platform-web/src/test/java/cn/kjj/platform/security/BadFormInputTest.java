package cn.kjj.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.identity.AccountPrincipal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The portal's forms get the same malformed values as the API ({@link BadValues#ALL}, each field in
 * turn): never a 5xx; a form that is shown again with its messages has written nothing; what a
 * form accepts shows verbatim, as text, on the page it leads to.
 */
@PortalTest
class BadFormInputTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    record Form(String path, Supplier<Map<String, Object>> valid, String table, Who who) {
    }

    @Test
    void noMalformedFormCausesAServerErrorOrStoresAnything() throws Exception {
        MatrixPeople people = new MatrixPeople(context);
        List<WriteTargets> api = WriteTargets.all(people.ownerEnterpriseId(), 0);
        List<Form> forms = new ArrayList<>(List.of(new Form("/enterprises", api.get(0).validBody(), "enterprise", Who.OFFICIAL),
                new Form("/incubators", api.get(2).validBody(), "incubator", Who.OFFICIAL),
                new Form("/programs", api.get(4).validBody(), "program", Who.OFFICIAL),
                new Form("/statistics/440704/2015", api.get(6).validBody(), "regional_statistic", Who.OFFICIAL),
                new Form("/contracts", () -> flat(api.get(1).validBody().get()), "technology_contract", Who.OWNER),
                new Form("/calendar", () -> new LinkedHashMap<>(Map.of("date", "2031-06-03", "kind", "HOLIDAY",
                        "name", "坏输入假日")), "calendar_exception", Who.ADMIN)));
        // every form of programs, calls, applications, reviews, competitions, subsidies and vouchers (issue 15)
        forms.addAll(ProgramWriteTargets.forms(context, people));
        List<String> problems = new ArrayList<>();
        int sent = 0;
        for (Form form : forms) {
            for (String field : form.valid().get().keySet()) {
                for (BadValues bad : BadValues.ALL) {
                    Map<String, Object> values = form.valid().get();
                    values.put(field, bad.text() != null ? bad.text() : bad.json());
                    check(form, field + " = " + bad, values, bad.text(), people.get(form.who()), problems);
                    sent++;
                }
            }
        }
        assertThat(sent).isGreaterThanOrEqualTo(500);
        assertThat(problems).as("answers to %d malformed forms", sent).isEmpty();
    }

    @Test
    void noMalformedQueryOnAListCausesAServerError() throws Exception {
        AccountPrincipal admin = new MatrixPeople(context).get(Who.ADMIN);
        List<String> problems = new ArrayList<>();
        for (String list : LISTS) {
            for (String parameter : PARAMETERS) {
                for (BadValues bad : BadValues.ALL.stream().filter(b -> QUERY_VALUES.contains(b.label())).toList()) {
                    String value = bad.text() != null ? bad.text() : bad.json();
                    int status = mvc.perform(get(list).param(parameter, value.length() > 5_000
                            ? value.substring(0, 5_000) : value).with(user(admin))).andReturn().getResponse().getStatus();
                    if (status >= 500) {
                        problems.add(list + "?" + parameter + "=" + bad + ": " + status);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    static final List<String> LISTS = List.of("/enterprises", "/contracts", "/review", "/incubators", "/labs", "/calendar",
            "/programs", "/statistics", "/certifications/expiring", "/indicators", "/api/v1/enterprises",
            "/api/v1/contracts", "/api/v1/incubators", "/api/v1/labs", "/api/v1/programs",
            "/api/v1/statistics/regional", "/api/v1/indicators/rd-intensity", "/api/v1/users");

    static final List<String> PARAMETERS = List.of("q", "region", "status", "page", "size", "from");

    static final List<String> QUERY_VALUES = List.of("NUL", "lone surrogate", "huge string", "SQL injection",
            "HTML injection", "1e400", "int overflow", "negative", "impossible date", "year 99999", "unknown enum");

    private void check(Form form, String what, Map<String, Object> values, String text, AccountPrincipal official,
                       List<String> problems) throws Exception {
        long before = jdbc.sql("select count(*) from " + form.table()).query(Long.class).single();
        MockHttpServletRequestBuilder request = post(form.path()).with(user(official)).with(csrf());
        values.forEach((name, value) -> request.param(name, String.valueOf(value)));
        MvcResult result = mvc.perform(request).andReturn();
        MockHttpServletResponse response = result.getResponse();
        // a step's form is refused by a redirect back to its page, the message and the fields in the flash
        boolean refusedBack = result.getFlashMap().containsKey("failedStep");
        String where = form.path() + " " + what + ": " + response.getStatus();
        if (response.getStatus() >= 500) {
            problems.add(where);
        } else if (response.getStatus() / 100 == 3 && !refusedBack && BadValues.isImpossibleDateIn(what)) {
            problems.add(where + " accepted an impossible date");
        } else if (response.getStatus() / 100 != 3 || refusedBack) {
            if (jdbc.sql("select count(*) from " + form.table()).query(Long.class).single() != before) {
                problems.add(where + " shown again, yet rows were written");
            }
            if (refusedBack && result.getFlashMap().get("error") == null) {
                problems.add(where + " refused without a message");
            }
        } else if (text != null && !text.trim().isEmpty() && response.getRedirectedUrl() != null) {
            String page = mvc.perform(get(response.getRedirectedUrl()).with(user(official))).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (!page.contains(HtmlUtils.htmlEscape(text.strip(), "UTF-8"))) {
                problems.add(where + " accepted, but its page does not show the value as text");
            }
        }
    }

    /** A contract body as the portal form names its fields (buyer.name becomes buyerName). */
    private static Map<String, Object> flat(Map<String, Object> body) {
        Map<String, Object> form = new LinkedHashMap<>();
        body.forEach((name, value) -> {
            if (value instanceof Map<?, ?> nested) {
                nested.forEach((k, v) -> form.put(name + Character.toUpperCase(((String) k).charAt(0))
                        + ((String) k).substring(1), v));
            } else if (!name.equals("sellerId") && !name.equals("submit")) {
                form.put(name, value);
            }
        });
        return form;
    }
}
