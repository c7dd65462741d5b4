package cn.kjj.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy forbids inline scripts and styles: a template that used them
 * would break silently in the browser, so the templates are checked here.
 */
class TemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_ELEMENT = Pattern.compile("<style\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\s(th:)?style\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateUsesInlineScriptsStylesOrEventHandlers() throws IOException {
        List<Path> templates = templates();
        assertThat(templates).isNotEmpty();
        for (Path template : templates) {
            String html = Files.readString(template, StandardCharsets.UTF_8);
            assertThat(INLINE_SCRIPT.matcher(html).find()).as("inline <script> in %s", template).isFalse();
            assertThat(STYLE_ELEMENT.matcher(html).find()).as("<style> in %s", template).isFalse();
            assertThat(STYLE_ATTRIBUTE.matcher(html).find()).as("style attribute in %s", template).isFalse();
            assertThat(EVENT_HANDLER.matcher(html).find()).as("on* handler in %s", template).isFalse();
        }
    }

    @Test
    void everyPagePlugsIntoTheLayout() throws IOException {
        for (Path template : templates()) {
            if (template.startsWith(TEMPLATES.resolve("fragments"))) {
                continue;
            }
            assertThat(Files.readString(template, StandardCharsets.UTF_8))
                    .as("%s uses fragments/layout", template)
                    .contains("~{fragments/layout :: layout(");
        }
    }

    /** The officials' dashboard becomes their home page: like home, it needs no trail. */
    private static final List<String> WITHOUT_BREADCRUMBS = List.of("home.html", "login.html", "error.html",
            "dashboard/");

    @Test
    void everyPageButHomeLoginAndErrorsShowsBreadcrumbsAndTheFlashComesFromTheLayout() throws IOException {
        for (Path template : templates()) {
            String name = TEMPLATES.relativize(template).toString().replace('\\', '/');
            String html = Files.readString(template, StandardCharsets.UTF_8);
            assertThat(html).as("%s keeps its flash messages in the layout's fragment", name)
                    .doesNotContain("registry :: flash")
                    .doesNotContain("contract :: flash");
            if (name.startsWith("fragments/") || WITHOUT_BREADCRUMBS.stream().anyMatch(name::startsWith)) {
                continue;
            }
            assertThat(html).as("%s shows the breadcrumbs", name)
                    .contains("~{fragments/layout :: breadcrumbs(");
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
