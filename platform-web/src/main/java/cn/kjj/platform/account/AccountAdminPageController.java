package cn.kjj.platform.account;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.enterprise.EnterpriseQueries;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.FormSubmission;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.portal.RegistryForms;
import cn.kjj.platform.portal.RegistryList;
import cn.kjj.platform.region.RegionDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' account pages: the paged list (with an account's lock and the button that
 * ends it), the form to create an account and the form to change one (roles, region, enterprise,
 * display name, enabled; a region or enterprise left blank is cleared). {@code /admin/**} is for
 * ADMIN only in {@link PortalSecurityConfiguration}; the pages check it again.
 */
@Controller
record AccountAdminPageController(AccountService accounts, RegionDirectory regions, EnterpriseQueries enterprises,
                                  Validator validator, PortalMessages messages, PasswordPolicy passwordPolicy,
                                  Clock clock) {

    static final String PATH = "/admin/users";
    static final String VIEW_LIST = "account/users";
    static final String VIEW_FORM = "account/user-form";
    static final Set<String> SORTABLE = Set.of("username", "displayName", "regionCode", "enterpriseId", "enabled");
    private static final Pattern MESSAGE_KEY = Pattern.compile("^\\{([^}]+)}$");
    private static final Pattern ENTERPRISE_ID = Pattern.compile("^[0-9]{1,15}$");

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, Model model) {
        requireAdmin(me);
        RegistryList list = RegistryList.of(request, SORTABLE, Sort.Order.asc("username"));
        model.addAttribute("page", accounts.list(list.pageable()));
        model.addAttribute("list", list);
        model.addAttribute("now", clock.instant());
        return VIEW_LIST;
    }

    /** Ends the account's lock after failed logins (audited by the service). */
    @PostMapping(PATH + "/{id}/unlock")
    String unlock(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Locale locale,
                  RedirectAttributes redirect) {
        requireAdmin(me);
        AccountView account = accounts.unlock(id);
        redirect.addFlashAttribute("notice", messages.text("account.flash.unlocked", locale, account.username()));
        return "redirect:" + PATH;
    }

    @GetMapping(PATH + "/new")
    String newForm(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        requireAdmin(me);
        return form(model, AccountPageForm.blank(), FormErrors.none(), null);
    }

    @PostMapping(PATH)
    String create(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") AccountPageForm form,
                  BindingResult binding, Locale locale, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        requireAdmin(me);
        List<FieldError> problems = new ArrayList<>(RegistryForms.bindingErrors(binding, Set.of()));
        Long enterpriseId = enterpriseId(me, form.enterprise(), problems);
        NewAccount request = new NewAccount(form.username() == null ? null : form.username().strip().toLowerCase(Locale.ROOT),
                form.password(), AccountPageForm.blankToNull(form.displayName()), form.roles(),
                AccountPageForm.blankToNull(form.regionCode()), enterpriseId);
        validate(request, problems);
        requiredBindings(form, request.regionCode(), problems);
        checkPassword(form.password(), request.username(), problems);
        return submission(problems, locale, response)
                .placing("error.account.usernameTaken", "username")
                .save(() -> {
                    AccountView saved = accounts.create(request);
                    redirect.addFlashAttribute("notice", messages.text("account.flash.created", locale, saved.username()));
                    return "redirect:" + PATH;
                }, errors -> form(model, form.shown(form.username()), errors, null));
    }

    @GetMapping(PATH + "/{id}/edit")
    String editForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        requireAdmin(me);
        AccountView account = accounts.get(id);
        return form(model, AccountPageForm.of(account), FormErrors.none(), account);
    }

    @PostMapping(PATH + "/{id}/edit")
    String update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                  @ModelAttribute("form") AccountPageForm form, BindingResult binding, Locale locale, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        requireAdmin(me);
        AccountView existing = accounts.get(id);
        List<FieldError> problems = new ArrayList<>(RegistryForms.bindingErrors(binding, Set.of()));
        Long enterpriseId = enterpriseId(me, form.enterprise(), problems);
        String regionCode = AccountPageForm.blankToNull(form.regionCode());
        String displayName = AccountPageForm.blankToNull(form.displayName());
        if (displayName == null) {
            problems.add(new FieldError("displayName", "error.field.required", "is required"));
        }
        if (form.roles().isEmpty()) {
            problems.add(new FieldError("roles", "account.roles.required", "choose at least one role"));
        }
        String newPassword = AccountPageForm.blankToNull(form.password()) == null ? null : form.password();
        checkPassword(newPassword, existing.username(), problems);
        // the form sends region and enterprise: sent blank, they are cleared (not sent, they stay)
        AccountChange change = new AccountChange(form.enabled(), form.roles().isEmpty() ? null : form.roles(),
                regionCode, enterpriseId, displayName, newPassword, AccountPageForm.isBlank(form.regionCode()),
                AccountPageForm.isBlank(form.enterprise()));
        validate(change, problems);
        requiredBindings(form, regionCode, problems);
        return submission(problems, locale, response).save(() -> {
            AccountView saved = accounts.change(id, change);
            redirect.addFlashAttribute("notice", messages.text("account.flash.saved", locale, saved.username()));
            return "redirect:" + PATH;
        }, errors -> form(model, form.shown(existing.username()), errors, existing));
    }

    private FormSubmission submission(List<FieldError> problems, Locale locale, HttpServletResponse response) {
        return messages.submission(problems, AccountPageForm.FIELDS, locale, response)
                .mappingFields(AccountPageForm::formField);
    }

    /** The password policy's verdict beside the other mistakes (a blank password is the form's own concern). */
    private void checkPassword(String password, String username, List<FieldError> problems) {
        if (password != null && !password.isBlank()) {
            FieldErrors errors = new FieldErrors();
            passwordPolicy.check(password, username, "password", errors);
            try {
                errors.throwIfAny();
            } catch (InvalidInputException e) {
                problems.addAll(e.errors());
            }
        }
    }

    /** What the domain checks too, checked here as well so that every mistake shows at once. */
    private static void requiredBindings(AccountPageForm form, String regionCode, List<FieldError> problems) {
        if (form.has(Role.OFFICIAL) && regionCode == null) {
            problems.add(new FieldError("regionCode", "error.account.regionRequired", "an official needs a region"));
        }
        if (form.has(Role.ENTERPRISE) && AccountPageForm.blankToNull(form.enterprise()) == null) {
            problems.add(new FieldError("enterpriseId", "error.account.enterpriseRequired",
                    "an enterprise account needs an enterprise"));
        }
    }

    /** The enterprise typed as an id or a credit code, or null; one that does not exist is an error. */
    private Long enterpriseId(AccountPrincipal me, String typed, List<FieldError> problems) {
        String text = AccountPageForm.blankToNull(typed);
        if (text == null) {
            return null;
        }
        if (ENTERPRISE_ID.matcher(text).matches()) {
            return Long.valueOf(text);
        }
        Long id = enterprises.idByCreditCode(me, text).orElse(null);
        if (id == null) {
            problems.add(new FieldError("enterpriseId", "error.enterprise.unknown", "no such enterprise"));
        }
        return id;
    }

    /** Bean Validation failures as field errors whose codes the messages files know. */
    private <T> void validate(T value, List<FieldError> problems) {
        for (ConstraintViolation<T> v : validator.validate(value)) {
            String field = v.getPropertyPath().toString();
            Matcher key = MESSAGE_KEY.matcher(v.getMessageTemplate());
            if (key.matches() && !key.group(1).startsWith("jakarta.") && !key.group(1).startsWith("org.hibernate.")) {
                problems.add(new FieldError(field, key.group(1), v.getMessage()));
                continue;
            }
            String code = switch (v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
                case "NotBlank", "NotEmpty", "NotNull" -> "error.field.required";
                case "Size" -> "error.field.tooLong";
                case "Pattern" -> "regionCode".equals(field) ? "error.regionCode.invalid" : "registry.form.invalid";
                default -> "registry.form.invalid";
            };
            problems.add(new FieldError(field, code, v.getMessage()));
        }
    }

    private static void requireAdmin(AccountPrincipal me) {
        if (me == null || !me.has(Role.ADMIN)) {
            throw new AccessDeniedToRecordException("error.access.denied", "accounts are for administrators");
        }
    }

    private String form(Model model, AccountPageForm form, FormErrors errors, AccountView existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("account", existing);
        model.addAttribute("roles", Role.values());
        model.addAttribute("regions", regions.all());
        return VIEW_FORM;
    }
}
