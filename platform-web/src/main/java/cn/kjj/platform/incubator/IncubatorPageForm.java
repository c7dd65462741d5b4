package cn.kjj.platform.incubator;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.portal.RegistryForms;
import cn.kjj.platform.region.RecognitionLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The incubation carrier form as the browser sends it: numbers as the text typed, the date as an
 * ISO date. Never an entity.
 *
 * @param version the version the form was opened at (edits only): a stale form is refused
 */
record IncubatorPageForm(String name, IncubatorKind kind, RecognitionLevel level, String regionCode,
                         String operator, String areaSqm, String tenantCount, String graduatedCount,
                         @DateTimeFormat(iso = ISO.DATE) LocalDate recognizedOn, Long version) {

    static final Set<String> FIELDS = Set.of("name", "kind", "level", "regionCode", "operator", "areaSqm",
            "tenantCount", "graduatedCount", "recognizedOn");
    static final Set<String> DATE_FIELDS = Set.of("recognizedOn");

    static IncubatorPageForm blank(String regionCode) {
        return new IncubatorPageForm(null, null, null, regionCode, null, null, null, null, null, null);
    }

    static IncubatorPageForm of(IncubatorView v) {
        return new IncubatorPageForm(v.name(), v.kind(), v.level(), v.regionCode(), v.operator(),
                RegistryForms.text(v.areaSqm()), RegistryForms.text(v.tenantCount()),
                RegistryForms.text(v.graduatedCount()), v.recognizedOn(), v.version());
    }

    /** The details as the domain takes them; numbers that are not numbers become errors in {@code errors}. */
    IncubatorDetails toDetails(List<FieldError> errors) {
        return new IncubatorDetails(name, kind, level, regionCode, operator,
                RegistryForms.decimal("areaSqm", areaSqm, errors),
                RegistryForms.integer("tenantCount", tenantCount, errors),
                RegistryForms.integer("graduatedCount", graduatedCount, errors), recognizedOn);
    }
}
