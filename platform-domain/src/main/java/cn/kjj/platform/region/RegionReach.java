package cn.kjj.platform.region;

/**
 * How far a caller's roles reach in the region hierarchy: what {@link RegionScope} asks of a
 * caller. The signed-in account implements it; the region package thus needs nothing of the
 * account package (which itself uses the region directory).
 */
public interface RegionReach {

    /** Administrators and analysts read every region. */
    boolean readsEveryRegion();

    /** Administrators write every region. */
    boolean writesEveryRegion();

    /** An official's own region (it reads and writes that region and those below it), else null. */
    String officialRegion();

    /** Officials and administrators keep records; analysts and enterprises only read them. */
    boolean keepsRecords();

    /** An enterprise account (it reads public records, such as programs, of every region). */
    boolean actsForEnterprise();
}
