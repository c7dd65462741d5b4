package cn.kjj.platform.program;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.Money;
import cn.kjj.platform.registry.RegistryDetails;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * What a policy program record says, as entered; {@link #validated()} gives the normalised, checked
 * copy that {@link Program} stores, in its columns of the same names. {@code budget} is in yuan.
 */
@Embeddable
public record ProgramDetails(String name, @Enumerated(EnumType.STRING) ProgramKind kind, String regionCode,
                             Integer year, BigDecimal budget, String description) implements RegistryDetails<ProgramDetails> {

    public static final int MIN_YEAR = 1980;
    public static final int MAX_YEAR = 9999;

    /** Checks every field at once; {@link cn.kjj.platform.common.InvalidInputException} lists all that are wrong. */
    @Override
    public ProgramDetails validated() {
        FieldErrors errors = new FieldErrors();
        String checkedName = errors.text("name", name, 200, true);
        errors.required("kind", kind);
        String region = errors.regionCode("regionCode", regionCode);
        if (errors.required("year", year) != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            errors.add("year", "error.year.outOfRange", "must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        BigDecimal checkedBudget = errors.required("budget", budget) == null ? null
                : errors.check(() -> Money.requireNonNegative(budget, "budget"));
        String checkedDescription = errors.text("description", description, 4000, false);
        errors.throwIfAny();
        return new ProgramDetails(checkedName, kind, region, year, checkedBudget, checkedDescription);
    }
}
