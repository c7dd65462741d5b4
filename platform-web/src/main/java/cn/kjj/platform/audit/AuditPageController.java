package cn.kjj.platform.audit;

import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.PortalMessages;
import cn.kjj.platform.portal.RegistryList;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /audit}: the audit trail with filters and paging, for officials (events of records in
 * their region and below) and administrators (everything, and the hash-chain check). Others get
 * the portal's 403 page through {@link AuditQueries}.
 */
@Controller
record AuditPageController(AuditQueries queries, PortalMessages messages) {

    static final String PATH = "/audit";
    static final String VIEW = "audit/list";
    private static final Set<String> FILTERS = Set.of("from", "to");

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, Locale locale, Model model,
                HttpServletResponse response) {
        RegistryList list = RegistryList.of(request, AuditQueries.SORTABLE, Sort.Order.desc("seq"));
        model.addAttribute("list", list);
        model.addAttribute("admin", me.has(Role.ADMIN));
        FormErrors errors = FormErrors.none();
        Page<AuditEvent> page = Page.empty(list.pageable());
        try {
            AuditFilter filter = AuditFilter.of(list.param("entityType"), list.param("entityId"),
                    list.param("actor"), list.param("from"), list.param("to"));
            page = queries.search(me, filter, list.pageable());
        } catch (InvalidInputException e) {
            errors = messages.errors(e.errors(), FILTERS, locale);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("page", page);
        return VIEW;
    }

    /** The hash-chain check, for administrators ({@link AuditQueries#verify} refuses others). */
    @GetMapping(PATH + "/verification")
    String verify(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, Locale locale,
                  Model model, HttpServletResponse response) {
        AuditChainCheck check = queries.verify(me);
        model.addAttribute("check", check);
        return list(me, request, locale, model, response);
    }
}
