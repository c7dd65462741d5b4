package cn.kjj.platform.region;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.FieldErrors;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which regions a caller may read and write: the one rule every feature and every page uses.
 * Administrators and analysts read every region, officials their own region and the regions
 * below it, enterprises none (except public records, {@link Readers#EVERYONE}). Administrators
 * write every region, officials within their own. A record outside the caller's reading scope
 * is "not found" (404); a read-only role writing is "forbidden" (403).
 */
@Component
public record RegionScope(RegionDirectory regions) {

    /** Who reads a kind of record. */
    public enum Readers {
        /** Administrators, analysts and officials (their region). */
        STAFF,
        /** The staff, and enterprises every region's: public calls such as programs. */
        EVERYONE
    }

    /** An official's own region and those below it; no region for any other caller. */
    public Regions own(RegionReach caller) {
        String region = caller.officialRegion();
        return region == null ? Regions.NONE : Regions.of(regions.codesWithin(region));
    }

    /** The regions whose records the staff reader sees. */
    public Regions readable(RegionReach caller) {
        return readable(caller, Readers.STAFF);
    }

    public Regions readable(RegionReach caller, Readers readers) {
        if (caller.readsEveryRegion() || readers == Readers.EVERYONE && caller.actsForEnterprise()) {
            return Regions.EVERY;
        }
        return own(caller);
    }

    public boolean canRead(RegionReach caller, String regionCode) {
        return canRead(caller, Readers.STAFF, regionCode);
    }

    public boolean canRead(RegionReach caller, Readers readers, String regionCode) {
        if (caller.readsEveryRegion() || readers == Readers.EVERYONE && caller.actsForEnterprise()) {
            return true;
        }
        return isOwn(caller, regionCode);
    }

    /** Whether the caller may keep records of {@code regionCode}: an administrator, or an official of it. */
    public boolean canWrite(RegionReach caller, String regionCode) {
        return caller.writesEveryRegion() || isOwn(caller, regionCode);
    }

    /** Whether {@code regionCode} is the official's own region or lies below it. */
    public boolean isOwn(RegionReach caller, String regionCode) {
        String region = caller.officialRegion();
        return region != null && regionCode != null && regions.isWithin(regionCode, region);
    }

    /**
     * Records {@code error.region.unknown} or {@code error.region.outOfScope} on {@code field} when
     * a record may not be placed in {@code regionCode}; a missing or malformed code is the
     * record's own error.
     */
    public void checkWritable(FieldErrors errors, String field, RegionReach actor, String regionCode) {
        String code = regionCode == null ? null : regionCode.strip();
        if (code == null || !code.matches("[0-9]{6}")) {
            return;
        }
        if (regions.find(code).isEmpty()) {
            errors.add(field, "error.region.unknown", "no region " + code);
        } else if (!canWrite(actor, code)) {
            errors.add(field, "error.region.outOfScope", "region " + code + " is outside your region");
        }
    }

    /** Registries are read by administrators, officials and analysts: 403 for others. */
    public static void requireReader(RegionReach caller) {
        if (!caller.keepsRecords() && !caller.readsEveryRegion()) {
            throw new AccessDeniedToRecordException("error.access.denied", "this page is not for your role");
        }
    }

    /** Records are changed by officials and administrators: 403 for the read-only roles. */
    public static void requireWriter(RegionReach caller, String what) {
        if (!caller.keepsRecords()) {
            throw new AccessDeniedToRecordException("error.registry.readOnly",
                    "only officials and administrators change " + what);
        }
    }

    /** A list's region filter: the region and those below it, every region when blank; unknown is 404. */
    public Regions filter(String region) {
        if (region == null || region.isBlank()) {
            return Regions.EVERY;
        }
        return Regions.of(regions.codesWithin(regions.require(region.strip()).code()));
    }

    /** The region code if it exists, else null: a page's filter that names no region is ignored. */
    public String known(String code) {
        return code == null || code.isBlank() ? null : regions.find(code.strip()).map(RegionView::code).orElse(null);
    }

    /** The regions a list's region filter offers: every region, or an official's own and below. */
    public List<RegionView> forFilters(RegionReach caller) {
        String region = caller.readsEveryRegion() || caller.actsForEnterprise() ? null : caller.officialRegion();
        return region == null ? regions.all() : within(region);
    }

    /** The regions a form offers: every region to administrators, an official's own and below. */
    public List<RegionView> forForms(RegionReach caller) {
        if (caller.writesEveryRegion()) {
            return regions.all();
        }
        String region = caller.officialRegion();
        return region == null ? List.of() : within(region);
    }

    private List<RegionView> within(String region) {
        return regions.all().stream().filter(r -> regions.isWithin(r.code(), region)).toList();
    }
}
