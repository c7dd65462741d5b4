package cn.kjj.platform.contract;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

import static cn.kjj.platform.contract.ContractSubtype.*;

import cn.kjj.platform.common.InvalidInputException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The five kinds of technology contract of the Civil Code (技术合同), each with the subtypes it
 * admits. The schema's check on {@code technology_contract} states the same table.
 */
public enum ContractType implements Named.Constant {
    @Name(zh = "技术开发", en = "Technology development") TECHNOLOGY_DEVELOPMENT(
            EnumSet.of(COMMISSIONED, COOPERATIVE)),
    @Name(zh = "技术转让", en = "Technology transfer") TECHNOLOGY_TRANSFER(EnumSet.of(PATENT, PATENT_APPLICATION,
            TECHNICAL_SECRET, SOFTWARE_COPYRIGHT, IC_LAYOUT, PLANT_VARIETY, OTHER)),
    @Name(zh = "技术许可", en = "Technology licensing") TECHNOLOGY_LICENSING(
            EnumSet.of(PATENT, TECHNICAL_SECRET, OTHER)),
    @Name(zh = "技术咨询", en = "Technical consulting") TECHNICAL_CONSULTING(EnumSet.noneOf(ContractSubtype.class)),
    @Name(zh = "技术服务", en = "Technical service") TECHNICAL_SERVICE(EnumSet.of(GENERAL, TRAINING, INTERMEDIARY));

    public static final String SUBTYPE_FIELD = "subtype";

    private final Set<ContractSubtype> allowedSubtypes;

    ContractType(EnumSet<ContractSubtype> allowedSubtypes) {
        this.allowedSubtypes = Collections.unmodifiableSet(allowedSubtypes);
    }

    /** Empty for consulting, which has no subtype. */
    public Set<ContractSubtype> allowedSubtypes() {
        return allowedSubtypes;
    }

    /** A type with subtypes needs one of them; a type without needs {@code null}. */
    public boolean admits(ContractSubtype subtype) {
        return subtype == null ? allowedSubtypes.isEmpty() : allowedSubtypes.contains(subtype);
    }

    public void requireSubtype(ContractSubtype subtype) {
        if (admits(subtype)) {
            return;
        }
        String message = allowedSubtypes.isEmpty()
                ? this + " takes no subtype"
                : (subtype == null ? "is required for " : subtype + " does not belong to ") + this
                        + "; one of " + allowedSubtypes;
        throw InvalidInputException.forField(SUBTYPE_FIELD,
                subtype == null ? "error.contract.subtype.required" : "error.contract.subtype.invalid", message);
    }
}
