package cn.kjj.platform.lab;

import cn.kjj.platform.region.RecognitionLevel;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The R&D platform form as the browser sends it. A host enterprise is named by its unified social
 * credit code, which people know, rather than by the registry's id. Never an entity.
 *
 * @param version the version the form was opened at (edits only): a stale form is refused
 */
record LabPageForm(String name, LabKind kind, RecognitionLevel level, String regionCode, String hostCreditCode,
                   String hostInstitution, @DateTimeFormat(iso = ISO.DATE) LocalDate recognizedOn, Long version) {

    static final Set<String> FIELDS = Set.of("name", "kind", "level", "regionCode", "hostCreditCode",
            "hostInstitution", "recognizedOn");
    static final Set<String> DATE_FIELDS = Set.of("recognizedOn");

    static LabPageForm blank(String regionCode) {
        return new LabPageForm(null, null, null, regionCode, null, null, null, null);
    }

    static LabPageForm of(LabView v) {
        return new LabPageForm(v.name(), v.kind(), v.level(), v.regionCode(), v.hostEnterpriseCreditCode(),
                v.hostInstitution(), v.recognizedOn(), v.version());
    }

    LabDetails toDetails(Long hostEnterpriseId) {
        return new LabDetails(name, kind, level, regionCode, hostEnterpriseId, hostInstitution, recognizedOn);
    }

    /** The form field that shows a domain field's error. */
    static String formField(String domainField) {
        return "hostEnterpriseId".equals(domainField) ? "hostCreditCode" : domainField;
    }
}
