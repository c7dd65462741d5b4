package cn.kjj.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.kjj.platform.PortalTest;
import cn.kjj.platform.account.AccountRepository;
import cn.kjj.platform.account.AccountService;
import cn.kjj.platform.account.NewAccount;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page as the administrator (who may open them all) renders with what keyboard and
 * screen-reader users rely on: the page's language, a skip link, the current navigation entry
 * and its group marked, the groups as disclosures, the breadcrumbs, and a label for every field.
 */
@PortalTest
class PortalAccessibilityTest {

    private static final String ADMIN = "a11y.admin";
    private static final Pattern FIELD = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
    private static final Pattern LABEL = Pattern.compile("<label\\b([^>]*)>(.*?)</label>", Pattern.DOTALL);
    private static final Pattern FOR = Pattern.compile("\\bfor=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern TYPE = Pattern.compile("\\btype=\"([^\"]+)\"");
    private static final Pattern GROUP = Pattern.compile("<details class=\"main-nav__disclosure\"([^>]*)>\\s*"
            + "<summary class=\"main-nav__summary[^\"]*\">([^<]*)</summary>(.*?)</details>", Pattern.DOTALL);
    private static final Pattern CURRENT_GROUP = Pattern.compile(
            "<summary class=\"main-nav__summary main-nav__summary--current\">([^<]*)</summary>");
    private static final Set<String> UNLABELLED_TYPES = Set.of("hidden", "submit", "button", "reset", "image");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    private AccountPrincipal admin;

    @BeforeEach
    void administrator() {
        if (!context.getBean(AccountRepository.class).existsByUsername(ADMIN)) {
            context.getBean(AccountService.class).create(new NewAccount(ADMIN, "a11y-test-password", "无障碍测试",
                    Set.of(Role.ADMIN), null, null));
        }
        admin = ((AccountPrincipal) context.getBean(UserDetailsService.class).loadUserByUsername(ADMIN))
                .withoutPassword();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/contracts", "/contracts/new", "/review", "/enterprises", "/enterprises/new",
            "/certifications/expiring", "/incubators", "/incubators/new", "/labs", "/labs/new", "/programs",
            "/programs/new", "/statistics", "/indicators", "/admin/users", "/admin/users/new", "/account/tokens",
            "/imports", "/imports/enterprises", "/calendar", "/admin/contract-rules", "/experts", "/experts/new"})
    void aPageHasItsLanguageSkipLinkCurrentNavigationBreadcrumbsAndALabelForEveryField(String path)
            throws Exception {
        String page = mvc.perform(get(path).with(user(admin))).andReturn().getResponse().getContentAsString();

        assertThat(page).as(path).contains("<html lang=\"zh-CN\">")
                .contains("<a class=\"skip-link\" href=\"#main\">")
                .contains("<main id=\"main\"")
                .contains("<meta name=\"viewport\"")
                .contains("<nav class=\"breadcrumbs\" aria-label=\"当前位置\">")
                .containsPattern("class=\"main-nav__link\" href=\"[^\"]+\" aria-current=\"page\"");
        assertThat(unlabelledFields(page)).as("fields without a label on " + path).isEmpty();
        assertThat(currentGroup(page)).as("the navigation group holding " + path).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/contracts", "/enterprises", "/statistics", "/indicators", "/admin/users"})
    void theNavigationGroupsAreDisclosuresWhoseNamesTheKeyboardReachesAndTheCurrentOneIsMarked(String path)
            throws Exception {
        String page = mvc.perform(get(path).with(user(admin))).andReturn().getResponse().getContentAsString();
        Matcher groups = GROUP.matcher(page);
        int count = 0;
        while (groups.find()) {
            count++;
            // a closed <details> whose <summary> is its first child: focusable, Enter and Space toggle it
            assertThat(groups.group(1)).as("a group opens only when asked").doesNotContain("open");
            assertThat(groups.group(2)).as("a group's name").isNotBlank();
            assertThat(groups.group(3)).as("links of " + groups.group(2)).contains("class=\"main-nav__link\"");
        }
        assertThat(count).as("groups an administrator sees").isGreaterThanOrEqualTo(5);
        assertThat(currentGroup(page)).as("the group of " + path).isEqualTo(Map.of("/contracts", "合同登记",
                "/enterprises", "名录与统计", "/statistics", "名录与统计", "/indicators", "指标与报告",
                "/admin/users", "系统管理").get(path));
    }

    /** The name of the group marked as holding the page shown, or null. */
    private static String currentGroup(String page) {
        Matcher current = CURRENT_GROUP.matcher(page);
        return current.find() ? current.group(1).strip() : null;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/enterprises", "/incubators", "/labs", "/programs"})
    void aRecordsDetailPageCarriesTheTrailBackToItsList(String list) throws Exception {
        String listPage = mvc.perform(get(list).with(user(admin))).andReturn().getResponse().getContentAsString();
        Matcher first = Pattern.compile("href=\"(" + list + "/[0-9]+)\"").matcher(listPage);
        assertThat(first.find()).as("a record on " + list).isTrue();

        String page = mvc.perform(get(first.group(1)).with(user(admin))).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).containsPattern("<nav class=\"breadcrumbs\"[^>]*>\\s*<ol class=\"breadcrumbs__list\">\\s*"
                + "<li><a href=\"/\">首页</a></li>\\s*<li>\\s*<a href=\"" + list + "\">[^<]+</a>");
        assertThat(page).contains("<li aria-current=\"page\">");
        assertThat(unlabelledFields(page)).as("fields without a label on " + first.group(1)).isEmpty();
    }

    /** The fields that have no label: neither a label naming them, nor one around them, nor aria-label. */
    static List<String> unlabelledFields(String html) {
        Set<String> labelled = new HashSet<>();
        List<String> wrapped = new ArrayList<>();
        Matcher labels = LABEL.matcher(html);
        while (labels.find()) {
            Matcher target = FOR.matcher(labels.group(1));
            if (target.find()) {
                labelled.add(target.group(1));
            }
            wrapped.add(labels.group(2));
        }
        List<String> missing = new ArrayList<>();
        Matcher fields = FIELD.matcher(html);
        while (fields.find()) {
            String attributes = fields.group(2);
            Matcher type = TYPE.matcher(attributes);
            if (type.find() && UNLABELLED_TYPES.contains(type.group(1))) {
                continue;
            }
            Matcher id = ID.matcher(attributes);
            boolean named = id.find() && labelled.contains(id.group(1));
            boolean inside = wrapped.stream().anyMatch(label -> label.contains(fields.group()));
            if (!named && !inside && !attributes.contains("aria-label")) {
                missing.add(fields.group());
            }
        }
        return missing;
    }
}
