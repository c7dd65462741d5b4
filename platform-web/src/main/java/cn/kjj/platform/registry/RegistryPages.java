package cn.kjj.platform.registry;

import cn.kjj.platform.portal.NavigationGroup;
import java.util.List;

/**
 * What a registry's pages show, written once: its address and message prefix, the columns of its
 * list, the facts on a record's page and the fields of its form. The page controller
 * ({@link RegistryPageController}) and the templates {@code registry/list}, {@code registry/detail}
 * and {@code registry/form} do the rest. Texts are messages under the prefix:
 * {@code prefix.list.title}, {@code .list.new}, {@code .list.intro}, {@code .list.qHint},
 * {@code .list.count}, {@code .list.empty}, {@code .list.emptyFiltered}, {@code .field.<label>},
 * {@code .form.newTitle}, {@code .form.editTitle}, {@code .flash.saved}.
 *
 * @param path       the list's address, e.g. {@code /incubators}
 * @param prefix     the messages' prefix, e.g. {@code incubator}
 * @param apiPath    where the list is exported from, e.g. {@code /api/v1/incubators}
 * @param importKind the import that fills the registry ({@code /imports/<kind>}), or null
 * @param columns    the list's columns after the name, which links to the record
 * @param facts      what a record's page lists after its name
 * @param form       the form's rows; none for a registry filled by its import only (no form, no "new" button)
 * @param menu       where the list stands in the portal's menu ({@link #inMenu}), or null
 */
public record RegistryPages(String path, String prefix, String apiPath, String importKind, List<Column> columns,
                            List<Column> facts, List<FormRow> form, Menu menu) {

    /** The list's link in the menu: its group, its label's message key, its place; shown to the registry's readers. */
    public record Menu(NavigationGroup group, String labelKey, int order) {
    }

    public RegistryPages(String path, String prefix, String apiPath, String importKind, List<Column> columns,
                         List<Column> facts, List<FormRow> form) {
        this(path, prefix, apiPath, importKind, columns, facts, form, null);
    }

    public RegistryPages {
        columns = List.copyOf(columns);
        facts = List.copyOf(facts);
        form = List.copyOf(form);
    }

    /** The same pages with the list's link in the menu. */
    public RegistryPages inMenu(NavigationGroup group, String labelKey, int order) {
        return new RegistryPages(path, prefix, apiPath, importKind, columns, facts, form,
                new Menu(group, labelKey, order));
    }

    /** Whether records are registered by the form; not for a registry filled by its import only. */
    public boolean keptByForm() {
        return !form.isEmpty();
    }

    /** Every field of the form, in the page's order. */
    public List<FormField> fields() {
        return form.stream().flatMap(row -> row.fields().stream()).toList();
    }

    /** The form field that shows a domain field's errors (a credit code shows the enterprise id's). */
    public String formField(String domainField) {
        return FormField.showing(fields(), domainField);
    }
}
