package cn.kjj.platform.program;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.enterprise.EnterpriseReferences;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.PortalFormats;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.portal.RegistryForms;
import cn.kjj.platform.registry.RegistryForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Innovation vouchers and the one-step subsidy in the portal (decision 0043): the vouchers list (the
 * office's by status, an enterprise's own), a voucher's page with its history and the redeem and pay
 * forms, issuing from a voucher program's page, and the subsidy's preview and booking from a subsidy
 * program's page. A refused step comes back by redirect with the message beside its fields.
 */
@Controller
record VoucherPageController(VoucherService service, VoucherQueries queries, SubsidyService subsidies,
                             ProgramQueries programs, EnterpriseReferences enterprises, PortalMessages messages,
                             PortalFormats formats) {

    static final String VIEW_LIST = "program/vouchers";
    static final String VIEW_DETAIL = "program/voucher";
    static final int LIST_SIZE = 200;

    @GetMapping("/vouchers")
    String list(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) VoucherStatus status,
                Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", VoucherStatus.values());
        model.addAttribute("vouchers", queries.list(me, null, null, status, PageRequest.of(0, LIST_SIZE,
                Sort.by(Sort.Order.desc("issuedOn"), Sort.Order.desc("id")))));
        return VIEW_LIST;
    }

    @GetMapping("/vouchers/{id}")
    String detail(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("v", queries.get(me, id));
        model.addAttribute("stepErrors", StepForms.failedFields(model));
        model.addAttribute("typed", StepForms.typed(model));
        return VIEW_DETAIL;
    }

    @PostMapping("/vouchers/{id}/redeem")
    String redeem(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                  @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        List<FieldError> problems = new ArrayList<>();
        BigDecimal amount = RegistryForms.decimal("amount", form.get("amount"), problems);
        Integer contract = RegistryForms.integer("contractId", form.get("contractId"), problems);
        return submit("redeem", form, problems, "/vouchers/" + id, locale, redirect, () -> {
            service.redeem(me, id, new Redemption(form.get("providerName"), form.get("providerCreditCode"), amount,
                    contract == null ? null : contract.longValue()));
            return messages.text("voucher.flash.redeemed", locale);
        });
    }

    @PostMapping("/vouchers/{id}/pay")
    String pay(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
               @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        return submit("pay", form, new ArrayList<>(), "/vouchers/" + id, locale, redirect, () -> {
            service.pay(me, id);
            return messages.text("voucher.flash.paid", locale);
        });
    }

    /** Issues a voucher from the program whose page this is, to the enterprise named by its credit code. */
    @PostMapping("/programs/{id}/vouchers")
    String issue(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                 @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        requireEditable(me, id);
        List<FieldError> problems = new ArrayList<>();
        String code = form.get("enterpriseCreditCode");
        if (code == null || code.isBlank()) {
            problems.add(new FieldError("enterpriseCreditCode", "error.field.required", "required"));
        }
        Long enterprise = RegistryForm.enterprise("enterpriseCreditCode", code, enterprises, problems);
        BigDecimal amount = RegistryForms.decimal("amount", form.get("amount"), problems);
        LocalDate validTo = RegistryForms.date("validTo", form.get("validTo"), problems);
        return submit("issue", form, problems, "/programs/" + id, locale, redirect, () -> {
            long voucher = service.issue(me, new NewVoucher(id, enterprise, amount, validTo));
            return messages.text("voucher.flash.issued", locale, voucher);
        });
    }

    /** The subsidy's preview: who would be awarded and who skipped, shown on the program's page. */
    @PostMapping("/programs/{id}/newly-certified-subsidy/preview")
    String previewSubsidy(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                          @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        List<FieldError> problems = new ArrayList<>();
        Integer year = RegistryForms.integer("year", form.get("year"), problems);
        BigDecimal amount = RegistryForms.decimal("amount", form.get("amount"), problems);
        return submit("subsidy", form, problems, "/programs/" + id, locale, redirect, () -> {
            redirect.addFlashAttribute("subsidyPlan", SubsidyPreview.of(subsidies.preview(me, id, year, amount)));
            redirect.addFlashAttribute("stepInput", StepForms.clean(form));
            return null;
        });
    }

    /** Books the subsidy, all or nothing; says how many were awarded and how many skipped. */
    @PostMapping("/programs/{id}/newly-certified-subsidy")
    String grantSubsidy(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                        @RequestParam Map<String, String> form, Locale locale, RedirectAttributes redirect) {
        List<FieldError> problems = new ArrayList<>();
        Integer year = RegistryForms.integer("year", form.get("year"), problems);
        BigDecimal amount = RegistryForms.decimal("amount", form.get("amount"), problems);
        return submit("subsidy", form, problems, "/programs/" + id, locale, redirect, () -> {
            SubsidyPlan plan = subsidies.grant(me, id, year, amount);
            return messages.text("subsidy.flash.granted", locale, plan.awarded().size(),
                    formats.money(plan.total(), locale), plan.skipped().size());
        });
    }

    private void requireEditable(AccountPrincipal me, long programId) {
        if (!programs.get(me, programId).editable()) {
            throw new AccessDeniedToRecordException("error.registry.readOnly", "program " + programId + " is not yours");
        }
    }

    private String submit(String step, Map<String, String> form, List<FieldError> problems, String back,
                          Locale locale, RedirectAttributes redirect, Supplier<String> action) {
        return StepForms.submit(messages, step, form, problems, back, locale, redirect, action);
    }

    /**
     * The preview as the program's page shows it after the redirect; flash attributes are kept in the
     * session store (decision 0017), hence plain serializable values.
     */
    record SubsidyPreview(int year, List<String> awarded, int skipped, BigDecimal total, BigDecimal remainingBudget)
            implements java.io.Serializable {

        static SubsidyPreview of(SubsidyPlan plan) {
            return new SubsidyPreview(plan.year(), new ArrayList<>(plan.awarded().stream()
                    .map(e -> e.name() + "（" + e.creditCode() + "）").toList()), plan.skipped().size(), plan.total(),
                    plan.remainingBudget());
        }
    }
}
