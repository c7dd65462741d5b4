package cn.kjj.platform.statistics;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.portal.RegistryForms;
import java.util.List;
import java.util.Set;

/**
 * The figures form of a district and year as the browser sends it: amounts as the text typed.
 *
 * @param version the version the form was opened at, when figures existed: a stale form is refused
 */
record StatisticsPageForm(String gdp, String rdExpenditure, String source, Long version) {

    static final Set<String> FIELDS = Set.of("gdp", "rdExpenditure", "source");

    static StatisticsPageForm of(StatisticView current) {
        if (current == null) {
            return new StatisticsPageForm(null, null, null, null);
        }
        return new StatisticsPageForm(RegistryForms.text(current.gdp()), RegistryForms.text(current.rdExpenditure()),
                current.source(), current.version());
    }

    StatisticFigures toFigures(List<FieldError> errors) {
        return new StatisticFigures(RegistryForms.decimal("gdp", gdp, errors),
                RegistryForms.decimal("rdExpenditure", rdExpenditure, errors), source);
    }
}
