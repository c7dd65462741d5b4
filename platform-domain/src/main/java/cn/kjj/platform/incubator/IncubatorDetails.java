package cn.kjj.platform.incubator;

import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.region.RecognitionLevel;
import cn.kjj.platform.registry.RegistryDetails;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an incubation carrier record says, as entered; {@link #validated()} gives the normalised,
 * checked copy that {@link Incubator} stores, in its columns of the same names. Whether the region exists is the service's question.
 */
@Embeddable
public record IncubatorDetails(String name, @Enumerated(EnumType.STRING) IncubatorKind kind,
                               @Enumerated(EnumType.STRING) RecognitionLevel level, String regionCode, String operator, BigDecimal areaSqm, Integer tenantCount, Integer graduatedCount,
                               LocalDate recognizedOn) implements RegistryDetails<IncubatorDetails> {

    /** NUMERIC(12, 2): ten digits before the decimal point. */
    private static final int AREA_INTEGER_DIGITS = 10;

    /** Checks every field at once; {@link cn.kjj.platform.common.InvalidInputException} lists all that are wrong. */
    @Override
    public IncubatorDetails validated() {
        FieldErrors errors = new FieldErrors();
        errors.date("recognizedOn", recognizedOn);
        String checkedName = errors.text("name", name, 200, true);
        errors.required("kind", kind);
        errors.required("level", level);
        String region = errors.regionCode("regionCode", regionCode);
        String checkedOperator = errors.text("operator", operator, 200, false);
        BigDecimal area = checkedArea(errors);
        requireNotNegative(errors, "tenantCount", tenantCount);
        requireNotNegative(errors, "graduatedCount", graduatedCount);
        errors.throwIfAny();
        return new IncubatorDetails(checkedName, kind, level, region, checkedOperator, area, tenantCount,
                graduatedCount, recognizedOn);
    }

    private BigDecimal checkedArea(FieldErrors errors) {
        if (areaSqm == null) {
            return null;
        }
        if (areaSqm.signum() < 0) {
            errors.add("areaSqm", "error.field.negative", "must not be negative");
            return null;
        }
        if (areaSqm.stripTrailingZeros().scale() > 2) {
            errors.add("areaSqm", "error.area.scale", "must have at most 2 decimals");
            return null;
        }
        BigDecimal area = areaSqm.setScale(2);
        if (area.precision() - area.scale() > AREA_INTEGER_DIGITS) {
            errors.add("areaSqm", "error.area.tooLarge", "must have at most " + AREA_INTEGER_DIGITS
                    + " digits before the decimal point");
            return null;
        }
        return area;
    }

    private static void requireNotNegative(FieldErrors errors, String field, Integer value) {
        if (value != null && value < 0) {
            errors.add(field, "error.field.negative", "must not be negative");
        }
    }
}
