package cn.kjj.platform.sme;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.registry.RegistryDetails;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A technology SME's registration (科技型中小企业入库登记) for one year, as entered: the enterprise,
 * the year, the registration number (入库登记编号) valid for that year only, and the evaluation score
 * (none for a direct entry, e.g. a high-tech enterprise). {@code regionCode} is not entered: the
 * service takes the enterprise's district.
 */
@Embeddable
public record TechSmeDetails(Long enterpriseId, Integer year, String registrationNo, BigDecimal score,
                             String regionCode) implements RegistryDetails<TechSmeDetails> {

    /** The first year of the national evaluation (科技型中小企业评价办法, 2017). */
    public static final int FIRST_YEAR = 2017;

    @Override
    public TechSmeDetails validated() {
        FieldErrors errors = new FieldErrors();
        errors.required("enterpriseId", enterpriseId);
        if (errors.required("year", year) != null && (year < FIRST_YEAR || year > 9999)) {
            errors.add("year", "error.techSme.year", "must be 2017 or later");
        }
        String number = errors.text("registrationNo", registrationNo, 40, true);
        String normalised = number == null ? null : number.toUpperCase(Locale.ROOT);
        if (normalised != null && !normalised.matches("[0-9A-Z]{6,40}")) {
            errors.add("registrationNo", "error.techSme.registrationNo", "must be 6 to 40 digits or capital letters");
        }
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0
                || score.stripTrailingZeros().scale() > 2)) {
            errors.add("score", "error.techSme.score", "must be between 0 and 100 with at most 2 decimals");
        }
        errors.throwIfAny();
        return new TechSmeDetails(enterpriseId, year, normalised, score == null ? null : score.setScale(2), regionCode);
    }

    /** The same registration kept in {@code region} (the enterprise's district). */
    TechSmeDetails in(String region) {
        return new TechSmeDetails(enterpriseId, year, registrationNo, score, region);
    }
}
