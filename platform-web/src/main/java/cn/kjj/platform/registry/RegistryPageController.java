package cn.kjj.platform.registry;

import cn.kjj.platform.common.CappedPage;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.audit.ChangeHistory;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.portal.FormErrors;
import cn.kjj.platform.portal.NavigationEntry;
import cn.kjj.platform.portal.RegistryList;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionScope.Readers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.core.ResolvableType;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages every registry shares: the list with search, filters, sorting, paging and export
 * links; a record with its change history (for those who may edit it: it names people); the form
 * to register or correct one, with a message beside each wrong field. A registry's page
 * controller is a {@code @Controller} with the list's address as its {@code @RequestMapping} that
 * passes its services and {@link RegistryPages} here.
 */
public abstract class RegistryPageController<D extends RegistryDetails<D>, V extends RegistryView>
        implements NavigationEntry.Source {

    static final String VIEW_LIST = "registry/list";
    static final String VIEW_DETAIL = "registry/detail";
    static final String VIEW_FORM = "registry/form";

    protected final RegistryService<?, D, V> service;
    protected final RegistryQueries<?, D, V> queries;
    protected final RegistryPages pages;
    protected final RegistryPageSupport support;
    private final Class<D> detailsType;

    @SuppressWarnings("unchecked")
    protected RegistryPageController(RegistryService<?, D, V> service, RegistryQueries<?, D, V> queries,
                                     RegistryPages pages, RegistryPageSupport support) {
        this.service = service;
        this.queries = queries;
        this.pages = pages;
        this.support = support;
        this.detailsType = (Class<D>) ResolvableType.forClass(getClass()).as(RegistryPageController.class)
                .getGeneric(0).resolve();
    }

    @GetMapping
    public String list(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, Model model) {
        requireReader(me);
        ListQuery listed = queries.registry().list();
        RegistryList list = RegistryList.of(request, Set.copyOf(listed.sortable()),
                listed.defaultSort().iterator().next());
        RegistryQuery query = query(request, listed);
        Page<V> page = queries.search(me, query, list.pageable());
        model.addAttribute("page", page);
        model.addAttribute("totalCapped", CappedPage.isCapped(page));
        model.addAttribute("list", list);
        model.addAttribute("query", query);
        model.addAttribute("filters", listed.filters());
        model.addAttribute("sortable", listed.sortable());
        model.addAttribute("regions", support.scope().forFilters(me));
        model.addAttribute("canCreate", me.keepsRecords() && pages.keptByForm());
        model.addAttribute("pages", pages);
        return VIEW_LIST;
    }

    @GetMapping("/{id}")
    public String detail(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        requireReader(me);
        V record = queries.get(me, id);
        model.addAttribute("record", record);
        model.addAttribute("pages", pages);
        model.addAttribute("history", record.editable() ? history(me, id) : null);
        return detailPage(model, me, record);
    }

    @GetMapping("/new")
    public String newForm(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        RegionScope.requireWriter(me, "records");
        requireForm();
        return form(model, me, RegistryForm.of(blank(me)), FormErrors.none(), null);
    }

    @PostMapping
    public String create(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, Locale locale,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        RegionScope.requireWriter(me, "records");
        requireForm();
        return save(me, null, request, locale, model, response, redirect);
    }

    @GetMapping("/{id}/edit")
    public String editForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
        V record = editable(me, id);
        return form(model, me, RegistryForm.of(record, pages.fields(), record.version()), FormErrors.none(), record);
    }

    @PostMapping("/{id}/edit")
    public String update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
                         HttpServletRequest request, Locale locale, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        return save(me, editable(me, id), request, locale, model, response, redirect);
    }

    /** The list's link in the menu, for the registry's readers (the staff; enterprises too for public records). */
    @Override
    public List<NavigationEntry> navigation() {
        if (pages.menu() == null) {
            return List.of();
        }
        List<Role> roles = new ArrayList<>(List.of(Role.OFFICIAL, Role.ADMIN, Role.ANALYST));
        if (queries.registry().readers() == Readers.EVERYONE) {
            roles.add(Role.ENTERPRISE);
        }
        return List.of(NavigationEntry.forRoles(pages.menu().group(), pages.path(), pages.menu().labelKey(),
                pages.menu().order(), roles.toArray(Role[]::new)));
    }

    /** The record's page; a registry that shows more (a program's awards) adds it to the model here. */
    protected String detailPage(Model model, AccountPrincipal me, V record) {
        return VIEW_DETAIL;
    }

    /** What a new record's form starts with: the writer's region. */
    protected Map<String, String> blank(AccountPrincipal me) {
        Map<String, String> values = new HashMap<>();
        values.put("regionCode", me.regionCode());
        return values;
    }

    /** The change history, newest first; only for those who may edit (it names people). */
    protected List<ChangeHistory.Entry> history(AccountPrincipal me, long id) {
        List<ChangeHistory.Entry> entries = new ArrayList<>(support.history().of(queries.history(me, id),
                queries.registry().historyFields()));
        Collections.reverse(entries);
        return entries;
    }

    private String save(AccountPrincipal me, V existing, HttpServletRequest request, Locale locale, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        RegistryForm form = RegistryForm.read(request, pages.fields());
        List<FieldError> problems = new ArrayList<>();
        D details = form.toDetails(detailsType, pages.fields(), support.enterprises(), problems);
        return support.messages().submission(problems, pages.fields().stream().map(FormField::name).toList(),
                        locale, response)
                .mappingFields(pages::formField)
                .checking(details::validated)
                .save(() -> {
                    V saved = existing == null ? service.create(me, details)
                            : service.update(me, existing.id(), details, form.version());
                    redirect.addFlashAttribute("notice",
                            support.messages().text(pages.prefix() + ".flash.saved", locale, saved.name()));
                    return "redirect:" + pages.path() + "/" + saved.id();
                }, errors -> form(model, me, form, errors, existing));
    }

    private V editable(AccountPrincipal me, long id) {
        RegionScope.requireWriter(me, "records");
        return queries.editable(me, id);
    }

    private String form(Model model, AccountPrincipal me, RegistryForm form, FormErrors errors, V existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("record", existing);
        model.addAttribute("pages", pages);
        model.addAttribute("regions", support.scope().forForms(me));
        return VIEW_FORM;
    }

    /** A registry filled only by its import (no form rows) has no form to register by: 404. */
    private void requireForm() {
        if (!pages.keptByForm()) {
            throw new NotFoundException("error.registry.noForm", pages.path() + " is filled by import only", pages.path());
        }
    }

    private void requireReader(AccountPrincipal me) {
        if (queries.registry().readers() == Readers.STAFF) {
            RegionScope.requireReader(me);
        }
    }

    /** The list's filters from the address; a value that names nothing, like an unknown region, is ignored. */
    private RegistryQuery query(HttpServletRequest request, ListQuery listed) {
        RegistryQuery query = RegistryQuery.of(support.scope().known(request.getParameter("region")),
                request.getParameter("q"));
        for (ListFilter filter : listed.filters()) {
            try {
                query = query.with(filter.field(), filter.parse(request.getParameter(filter.field())));
            } catch (IllegalArgumentException e) {
                // an edited address: the list is shown without this filter
            }
        }
        return query;
    }
}
