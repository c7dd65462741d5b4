package cn.kjj.platform.program;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.portal.RegistryForms;
import java.util.List;
import java.util.Set;

/**
 * The program form as the browser sends it: the year and the budget as the text typed. Never an
 * entity.
 *
 * @param version the version the form was opened at (edits only): a stale form is refused
 */
record ProgramPageForm(String name, ProgramKind kind, String regionCode, String year, String budget,
                       String description, Long version) {

    static final Set<String> FIELDS = Set.of("name", "kind", "regionCode", "year", "budget", "description");

    static ProgramPageForm blank(String regionCode, int year) {
        return new ProgramPageForm(null, null, regionCode, String.valueOf(year), null, null, null);
    }

    static ProgramPageForm of(ProgramView v) {
        return new ProgramPageForm(v.name(), v.kind(), v.regionCode(), String.valueOf(v.year()),
                RegistryForms.text(v.budget()), v.description(), v.version());
    }

    ProgramDetails toDetails(List<FieldError> errors) {
        return new ProgramDetails(name, kind, regionCode, RegistryForms.integer("year", year, errors),
                RegistryForms.decimal("budget", budget, errors), description);
    }
}
