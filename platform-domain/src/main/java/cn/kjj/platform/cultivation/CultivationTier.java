package cn.kjj.platform.cultivation;

/**
 * The rungs of the ladder (科技型中小企业 → 培育库 → 高新技术企业 → 瞪羚企业), lowest first; an enterprise
 * stands on the highest it reaches in a year (decision 0045).
 */
public enum CultivationTier {
    /** Registered as a technology SME for the year, and no higher. */
    TECH_SME,
    /** In the district's pool of high-tech candidates (培育库): by its figures, or placed by an official. */
    POOL,
    /** A high-tech certificate in force on 31 December. */
    HIGH_TECH,
    /** A gazelle (瞪羚企业): fast revenue growth, young, and high-tech where the city requires it. */
    GAZELLE
}
