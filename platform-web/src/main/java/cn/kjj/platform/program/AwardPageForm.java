package cn.kjj.platform.program;

import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.portal.RegistryForms;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The award form on a program's page: the enterprise by its unified social credit code, the
 * amount as typed, the date and a note.
 */
record AwardPageForm(String enterpriseCreditCode, String amount,
                     @DateTimeFormat(iso = ISO.DATE) LocalDate awardedOn, String note) {

    static final Set<String> FIELDS = Set.of("enterpriseCreditCode", "amount", "awardedOn", "note");
    static final Set<String> DATE_FIELDS = Set.of("awardedOn");

    static AwardPageForm blank(LocalDate today) {
        return new AwardPageForm(null, null, today, null);
    }

    NewAward toNewAward(Long enterpriseId, List<FieldError> errors) {
        return new NewAward(enterpriseId, RegistryForms.decimal("amount", amount, errors), awardedOn, note);
    }

    /** The form field that shows a domain field's error. */
    static String formField(String domainField) {
        return "enterpriseId".equals(domainField) ? "enterpriseCreditCode" : domainField;
    }
}
