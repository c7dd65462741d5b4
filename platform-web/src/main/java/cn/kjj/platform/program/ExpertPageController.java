package cn.kjj.platform.program;

import cn.kjj.platform.account.AccountService;
import cn.kjj.platform.account.AccountView;
import cn.kjj.platform.account.NewExpertAccount;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.NavigationGroup;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.registry.Column;
import cn.kjj.platform.registry.FormField;
import cn.kjj.platform.registry.FormRow;
import cn.kjj.platform.registry.RegistryPageController;
import cn.kjj.platform.registry.RegistryPageSupport;
import cn.kjj.platform.registry.RegistryPages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The experts registry's pages (the shared {@link RegistryPageController}), and on an expert's page
 * his sign-in account: an official of his region opens it there (decision 0042), mistakes beside the
 * fields.
 */
@Controller
@RequestMapping("/experts")
class ExpertPageController extends RegistryPageController<ExpertDetails, ExpertView> {

    static final RegistryPages PAGES = new RegistryPages("/experts", "expert", "/api/v1/experts", null,
            List.of(Column.of("organisation"), Column.of("fields"), Column.of("regionCode")),
            List.of(Column.of("organisation"), Column.of("organisationCreditCode"), Column.of("fields"),
                    Column.of("regionCode")),
            List.of(FormRow.of(FormField.text("name", 100).asRequired(), FormField.region()),
                    FormRow.of(FormField.text("organisation", 200).asRequired(),
                            FormField.text("organisationCreditCode", 18)),
                    FormRow.of(FormField.text("fields", 500))))
            .inMenu(NavigationGroup.PROGRAMS, "nav.experts", 45);
    static final String ACCOUNT_SECTION = "fragments/expert-account";
    static final List<String> ACCOUNT_FIELDS = List.of("username", "password", "displayName");

    private final AccountService accounts;

    ExpertPageController(ExpertService service, ExpertQueries queries, RegistryPageSupport support,
                         AccountService accounts) {
        super(service, queries, PAGES, support);
        this.accounts = accounts;
    }

    @Override
    protected String detailPage(Model model, AccountPrincipal me, ExpertView record) {
        model.addAttribute("detailSection", ACCOUNT_SECTION);
        model.addAttribute("expertAccount", accounts.ofExpert(record.id()).orElse(null));
        if (!model.containsAttribute("accountErrors")) {
            model.addAttribute("accountErrors", FormErrors.none());
            model.addAttribute("accountTyped", Map.of());
        }
        return super.detailPage(model, me, record);
    }

    @PostMapping("/{id}/account")
    String openAccount(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                       @RequestParam Map<String, String> form, Locale locale, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        RegionScope.requireReader(me);
        ExpertView record = queries.get(me, id);
        NewExpertAccount account = new NewExpertAccount(form.get("username"), form.get("password"),
                form.get("displayName"));
        return support.messages().submission(List.of(), ACCOUNT_FIELDS, locale, response).save(() -> {
            AccountView opened = accounts.createForExpert(me, id, account);
            redirect.addFlashAttribute("notice", support.messages().text("expert.flash.account", locale,
                    opened.username()));
            return "redirect:" + PAGES.path() + "/" + id;
        }, errors -> {
            Map<String, String> typed = new HashMap<>(form);
            typed.remove("password");
            model.addAttribute("accountErrors", errors);
            model.addAttribute("accountTyped", typed);
            model.addAttribute("record", record);
            model.addAttribute("pages", PAGES);
            model.addAttribute("history", record.editable() ? history(me, id) : null);
            return detailPage(model, me, record);
        });
    }
}
