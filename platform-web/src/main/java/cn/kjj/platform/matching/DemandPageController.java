package cn.kjj.platform.matching;

import cn.kjj.platform.audit.ChangeHistory;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.RegistryList;
import cn.kjj.platform.registry.Column;
import cn.kjj.platform.registry.FormField;
import cn.kjj.platform.registry.FormRow;
import cn.kjj.platform.registry.ListFilter;
import cn.kjj.platform.registry.RegistryForm;
import cn.kjj.platform.registry.RegistryPageSupport;
import cn.kjj.platform.registry.RegistryPages;
import cn.kjj.platform.registry.RegistryQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The demand pages ({@code /demands}): an enterprise lists, publishes, corrects and closes its own
 * (another's is 404, as in the API); the staff list their regions' with the word search, filters,
 * sorting and paging of every registry list (the shared {@code registry/list} and
 * {@code registry/form} templates), and a demand's page shows the achievements ranked for it with
 * the reasons and, to the staff, its brokered meetings.
 */
@Controller
@RequestMapping(DemandPageController.PATH)
class DemandPageController {

    static final String PATH = "/demands";
    static final String VIEW_DETAIL = "matching/demand";
    /** The title column is the list's "name"; it sorts by the title. */
    static final Set<String> SORTABLE = Set.of("name", "publishedOn", "deadline", "budget");
    static final List<ListFilter> FILTERS = List.of(new ListFilter("field", TechnologyField.class),
            new ListFilter("status", DemandStatus.class));

    static final RegistryPages PAGES = new RegistryPages(PATH, "demand", "/api/v1/demands", null,
            List.of(Column.of("enterpriseName"), Column.of("field"), Column.of("budget"), Column.of("deadline"),
                    Column.of("status"), Column.of("publishedOn")),
            List.of(),
            List.of(FormRow.of(FormField.text("title", 300).asRequired()),
                    FormRow.of(FormField.choice("field", TechnologyField.class).asRequired(),
                            FormField.decimal("budget", "demand.field.budgetHint"), FormField.date("deadline")),
                    FormRow.of(FormField.textarea("summary", 4000).asRequired())));

    private final DemandService service;
    private final DemandQueries queries;
    private final Matching matching;
    private final MatchmakingQueries matchmakings;
    private final RegistryPageSupport support;

    DemandPageController(DemandService service, DemandQueries queries, Matching matching,
                         MatchmakingQueries matchmakings, RegistryPageSupport support) {
        this.service = service;
        this.queries = queries;
        this.matching = matching;
        this.matchmakings = matchmakings;
        this.support = support;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, Model model) {
        RegistryList list = RegistryList.of(request, SORTABLE, Sort.Order.desc("publishedOn"));
        RegistryQuery query = RegistryQuery.of(support.scope().known(request.getParameter("region")),
                request.getParameter("q"));
        for (ListFilter filter : FILTERS) {
            try {
                query = query.with(filter.field(), filter.parse(request.getParameter(filter.field())));
            } catch (IllegalArgumentException e) {
                // an edited address: the list is shown without this filter
            }
        }
        model.addAttribute("page", queries.search(me, query.region(), query.q(),
                (TechnologyField) query.equal().get("field"), (DemandStatus) query.equal().get("status"),
                byTitle(list.pageable())));
        model.addAttribute("list", list);
        model.addAttribute("query", query);
        model.addAttribute("filters", FILTERS);
        model.addAttribute("sortable", SORTABLE);
        model.addAttribute("regions", support.scope().forFilters(me));
        model.addAttribute("canCreate", me.actsForEnterprise());
        model.addAttribute("pages", PAGES);
        return "registry/list";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        DemandView demand = queries.get(me, id);
        boolean staff = !me.actsForEnterprise();
        model.addAttribute("demand", demand);
        model.addAttribute("matches", matching.forDemand(me, id));
        model.addAttribute("meetings", staff ? matchmakings.ofDemand(me, id) : List.of());
        model.addAttribute("staff", staff);
        model.addAttribute("canBroker", me.keepsRecords() && demand.status() == DemandStatus.OPEN);
        model.addAttribute("history", queries.canReadHistory(me, demand) ? history(me, id) : null);
        return VIEW_DETAIL;
    }

    /** The demand's changes, newest first (fragments/history). */
    private List<ChangeHistory.Entry> history(AccountPrincipal me, long id) {
        List<ChangeHistory.Entry> entries = new ArrayList<>(support.history().of(queries.history(me, id),
                DemandQueries.HISTORY_FIELDS));
        Collections.reverse(entries);
        return entries;
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        requirePublisher(me);
        return form(model, RegistryForm.of(Map.of()), FormErrors.none(), null);
    }

    @PostMapping
    String publish(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, Locale locale,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        requirePublisher(me);
        return save(me, null, request, locale, model, response, redirect);
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        DemandView demand = own(me, id);
        return form(model, RegistryForm.of(demand, PAGES.fields(), demand.version()), FormErrors.none(), demand);
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, HttpServletRequest request,
                  Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return save(me, own(me, id), request, locale, model, response, redirect);
    }

    @PostMapping("/{id}/close")
    String close(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Locale locale,
                 RedirectAttributes redirect) {
        requirePublisher(me);
        String back = "redirect:" + PATH + "/" + id;
        return support.messages().submission(List.of(), List.of(), locale, null).save(() -> {
            DemandView closed = service.close(me, id);
            redirect.addFlashAttribute("notice", support.messages().text("demand.flash.closed", locale,
                    closed.title()));
            return back;
        }, errors -> {
            redirect.addFlashAttribute("error", errors.sentence());
            return back;
        });
    }

    private String save(AccountPrincipal me, DemandView existing, HttpServletRequest request, Locale locale,
                        Model model, HttpServletResponse response, RedirectAttributes redirect) {
        RegistryForm form = RegistryForm.read(request, PAGES.fields());
        List<FieldError> problems = new ArrayList<>();
        DemandDetails details = form.toDetails(DemandDetails.class, PAGES.fields(), support.enterprises(), problems);
        return support.messages().submission(problems, PAGES.fields().stream().map(FormField::name).toList(),
                        locale, response)
                .checking(details::validated)
                .save(() -> {
                    DemandView saved = existing == null ? service.publish(me, details)
                            : service.update(me, existing.id(), details, form.version());
                    redirect.addFlashAttribute("notice", support.messages().text("demand.flash.saved", locale,
                            saved.title()));
                    return "redirect:" + PATH + "/" + saved.id();
                }, errors -> form(model, form, errors, existing));
    }

    private static String form(Model model, RegistryForm form, FormErrors errors, DemandView existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("record", existing);
        model.addAttribute("pages", PAGES);
        model.addAttribute("regions", List.of());
        return "registry/form";
    }

    /** The reader's own open demand (another's is 404; the staff's 403; a closed one 409 on saving). */
    private DemandView own(AccountPrincipal me, long id) {
        requirePublisher(me);
        return queries.get(me, id);
    }

    /** Only an enterprise account publishes needs: 403 for the staff. */
    private static void requirePublisher(AccountPrincipal me) {
        if (!me.actsForEnterprise()) {
            throw new AccessDeniedToRecordException("error.demand.enterpriseOnly",
                    "technology needs are published by enterprises, each its own");
        }
    }

    /** The list's "name" column is the demand's title. */
    private static Pageable byTitle(Pageable pageable) {
        List<Sort.Order> orders = pageable.getSort().stream()
                .map(o -> o.getProperty().equals("name") ? o.withProperty("title") : o).toList();
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(orders));
    }
}
