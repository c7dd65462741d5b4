package cn.kjj.platform.enterprise;

/** The eight conditions of high-tech recognition (国科发火〔2016〕32号 art. 11), in the order of the text. */
public enum HighTechCondition {
    /** Registered at least a year (a setting) when applying. */
    YEARS_REGISTERED,
    /** Owns IP for its core technology: at least one invention patent or other IP in the latest year. */
    CORE_IP,
    /** Its field is one of the key supported fields (a setting), judged from the enterprise's industry. */
    KEY_FIELD,
    /** Technology staff at least a share (10 %) of the staff in the latest year. */
    TECH_STAFF_SHARE,
    /** R&D expense of the last three years at least 5 / 4 / 3 % of their sales, by the latest year's sales. */
    RD_EXPENSE_SHARE,
    /** At least 60 % of that R&D expense spent in China. */
    DOMESTIC_RD_SHARE,
    /** High-tech product or service income at least 60 % of the latest year's revenue. */
    HIGH_TECH_INCOME_SHARE,
    /** The innovation score officials enter at least 71. */
    INNOVATION_SCORE,
    /** No major safety, quality or environmental accident in the last year: the platform holds no such record. */
    NO_MAJOR_ACCIDENT
}
