package cn.kjj.platform.contract;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

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
    TECHNOLOGY_DEVELOPMENT("技术开发", "Technology development", EnumSet.of(COMMISSIONED, COOPERATIVE)),
    TECHNOLOGY_TRANSFER("技术转让", "Technology transfer", EnumSet.of(PATENT, PATENT_APPLICATION,
            TECHNICAL_SECRET, SOFTWARE_COPYRIGHT, IC_LAYOUT, PLANT_VARIETY, OTHER)),
    TECHNOLOGY_LICENSING("技术许可", "Technology licensing", EnumSet.of(PATENT, TECHNICAL_SECRET, OTHER)),
    TECHNICAL_CONSULTING("技术咨询", "Technical consulting", EnumSet.noneOf(ContractSubtype.class)),
    TECHNICAL_SERVICE("技术服务", "Technical service", EnumSet.of(GENERAL, TRAINING, INTERMEDIARY));

    public static final String SUBTYPE_FIELD = "subtype";

    private final Names names;
    private final Set<ContractSubtype> allowedSubtypes;

    ContractType(String nameZh, String nameEn, EnumSet<ContractSubtype> allowedSubtypes) {
        this.names = new Names(nameZh, nameEn);
        this.allowedSubtypes = Collections.unmodifiableSet(allowedSubtypes);
    }

    @Override
    public Names names() {
        return names;
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
