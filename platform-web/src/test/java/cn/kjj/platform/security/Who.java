package cn.kjj.platform.security;

/**
 * The callers of the authorisation matrix, in the order of its columns (anonymous has none:
 * it follows from the route).
 */
enum Who {
    ADMIN,
    /** An official of the record's district (Jianghai 440704). */
    OFFICIAL,
    /** An official of another district (Pengjiang 440703). */
    OTHER_OFFICIAL,
    /** An official of the city above the record's district (Jiangmen 440700). */
    CITY_OFFICIAL,
    /** The clerk of the enterprise that owns the record. */
    OWNER,
    /** The clerk of another enterprise. */
    OTHER_ENTERPRISE,
    ANALYST,
    /**
     * An expert's account (decision 0042), bound to the expert the records' reviews are assigned to;
     * a line of {@link AccessExpectations#TABLE} with seven outcomes means 403 for it.
     */
    EXPERT
}
