package cn.kjj.platform.imports;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionLevel;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionView;
import java.util.Optional;

/**
 * Who imports and where they may: an ADMIN everywhere, an OFFICIAL within its own region (a
 * district, or a city and its districts).
 */
public record ImportScope(AccountPrincipal importer, RegionDirectory regions, RegionScope scope) {

    public Optional<RegionView> region(String code) {
        return regions.find(code);
    }

    public boolean isDistrict(String code) {
        return regions.find(code).map(r -> r.level() == RegionLevel.DISTRICT).orElse(false);
    }

    /** Whether the importer may write records of region {@code code}. */
    public boolean covers(String code) {
        return scope.canWrite(importer, code);
    }

    /**
     * Checks a row's region: that it exists and lies within the importer's region; errors go to
     * {@code row}'s {@code field} column. True when the row may go in.
     */
    public boolean checkRegion(ImportRow row, String field, String code) {
        if (code == null || regions.find(code).isEmpty()) {
            if (code != null) {
                row.error(field, "error.region.unknown", "is not a known region");
            }
            return false;
        }
        if (!covers(code)) {
            row.error(field, "error.import.outOfScope", "lies outside your region {0}", importer.regionCode());
            return false;
        }
        return true;
    }

    /** As {@link #checkRegion}, and the region must be a district: where records and figures are kept. */
    public boolean checkDistrict(ImportRow row, String field, String code) {
        if (!checkRegion(row, field, code)) {
            return false;
        }
        if (!isDistrict(code)) {
            row.error(field, "error.import.notDistrict", "must be a district; a city's figures are its districts' sums");
            return false;
        }
        return true;
    }
}
