package cn.kjj.platform.portal;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionView;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may open the registry pages and which regions their filters and forms offer: administrators
 * and analysts every region, officials their own and the regions below it.
 */
@Component
public class RegistryRoles {

    private final RegionDirectory regions;

    RegistryRoles(RegionDirectory regions) {
        this.regions = regions;
    }

    public static boolean isWriter(AccountPrincipal me) {
        return me.has(Role.ADMIN) || me.has(Role.OFFICIAL);
    }

    /** The incubator, lab and statistics pages are for administrators, officials and analysts: 403 for others. */
    public static void requireReader(AccountPrincipal me) {
        if (!isWriter(me) && !me.has(Role.ANALYST)) {
            throw new AccessDeniedToRecordException("error.access.denied", "this page is not for your role");
        }
    }

    /** Forms are for officials and administrators: 403 for others. */
    public static void requireWriter(AccountPrincipal me) {
        if (!isWriter(me)) {
            throw new AccessDeniedToRecordException("error.registry.readOnly", "this form is not for your role");
        }
    }

    /** The regions a list's region filter offers the reader. */
    public List<RegionView> readable(AccountPrincipal me) {
        if (me.has(Role.ADMIN) || me.has(Role.ANALYST) || me.has(Role.ENTERPRISE) || me.regionCode() == null) {
            return regions.all();
        }
        return regions.all().stream().filter(r -> regions.isWithin(r.code(), me.regionCode())).toList();
    }

    /** The regions a form offers the writer. */
    public List<RegionView> writable(AccountPrincipal me) {
        if (me.has(Role.ADMIN)) {
            return regions.all();
        }
        if (me.regionCode() == null) {
            return List.of();
        }
        return regions.all().stream().filter(r -> regions.isWithin(r.code(), me.regionCode())).toList();
    }

    /** The region code if it exists, else null: a filter that names no region is ignored. */
    public String known(String code) {
        return code == null || code.isBlank() ? null : regions.find(code.strip()).map(RegionView::code).orElse(null);
    }
}
