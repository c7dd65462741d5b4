package cn.kjj.platform.incubator;

import cn.kjj.platform.audit.AuditTrail;
import cn.kjj.platform.audit.RecordChange;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionDirectory;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading incubation carriers within the reader's scope: one, a filtered page, or a history. */
@Service
public class IncubatorQueries {

    /** The fields of its history in the order people read them. */
    public static final List<String> HISTORY_FIELDS = List.of("name", "kind", "level", "regionCode", "operator",
            "areaSqm", "tenantCount", "graduatedCount", "recognizedOn");

    private final IncubatorRepository incubators;
    private final IncubatorAccess access;
    private final RegionDirectory regions;
    private final AuditTrail trail;

    IncubatorQueries(IncubatorRepository incubators, IncubatorAccess access, RegionDirectory regions,
                     AuditTrail trail) {
        this.incubators = incubators;
        this.access = access;
        this.regions = regions;
        this.trail = trail;
    }

    @Transactional(readOnly = true)
    public IncubatorView get(AccountPrincipal reader, long id) {
        return view(reader, load(reader, id));
    }

    @Transactional(readOnly = true)
    public Page<IncubatorView> search(AccountPrincipal reader, IncubatorFilter filter, Pageable pageable) {
        Set<String> regionFilter = filter.region() == null || filter.region().isBlank() ? null
                : regions.codesWithin(regions.require(filter.region().strip()).code());
        return incubators.findAll(IncubatorSpecifications.matching(filter, access.readableRegions(reader),
                regionFilter), pageable).map(i -> view(reader, i));
    }

    /**
     * The record's changes, oldest first, for the officials of its region and administrators;
     * others get 403, because the history names the people who made each change.
     */
    @Transactional(readOnly = true)
    public List<RecordChange> history(AccountPrincipal reader, long id) {
        Incubator record = load(reader, id);
        if (!access.canWrite(reader, record.getRegionCode())) {
            throw new AccessDeniedToRecordException("error.registry.historyForbidden",
                    "the change history of incubator " + id + " is not available to your role");
        }
        return trail.of(IncubatorService.ENTITY, id).stream().map(e -> change(e, id)).toList();
    }

    private Incubator load(AccountPrincipal reader, long id) {
        return incubators.findById(id)
                .filter(i -> access.canRead(reader, i.getRegionCode()))
                .orElseThrow(() -> NotFoundException.of(IncubatorService.ENTITY, id));
    }

    private IncubatorView view(AccountPrincipal reader, Incubator incubator) {
        return IncubatorView.of(incubator, access.canWrite(reader, incubator.getRegionCode()));
    }

    private static RecordChange change(AuditTrail.Entry e, long id) {
        return new RecordChange(e.id(), e.at(), e.actor(), e.action(), IncubatorService.ENTITY, String.valueOf(id),
                e.before(), e.after());
    }
}
