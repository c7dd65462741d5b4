package cn.kjj.platform.lab;

import cn.kjj.platform.audit.AuditTrail;
import cn.kjj.platform.audit.RecordChange;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionDirectory;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading R&D platforms within the reader's scope: one, a filtered page, or a history. */
@Service
public class LabQueries {

    /** The fields of its history in the order people read them. */
    public static final List<String> HISTORY_FIELDS = List.of("name", "kind", "level", "regionCode",
            "hostEnterpriseId", "hostInstitution", "recognizedOn");

    private final LabRepository labs;
    private final EnterpriseRepository enterprises;
    private final LabAccess access;
    private final RegionDirectory regions;
    private final AuditTrail trail;

    LabQueries(LabRepository labs, EnterpriseRepository enterprises, LabAccess access, RegionDirectory regions,
               AuditTrail trail) {
        this.labs = labs;
        this.enterprises = enterprises;
        this.access = access;
        this.regions = regions;
        this.trail = trail;
    }

    @Transactional(readOnly = true)
    public LabView get(AccountPrincipal reader, long id) {
        Lab lab = load(reader, id);
        LabView.Host host = lab.getHostEnterpriseId() == null ? null
                : enterprises.findById(lab.getHostEnterpriseId()).map(LabQueries::host).orElse(null);
        return LabView.of(lab, host, access.canWrite(reader, lab.getRegionCode()));
    }

    @Transactional(readOnly = true)
    public Page<LabView> search(AccountPrincipal reader, LabFilter filter, Pageable pageable) {
        Set<String> regionFilter = filter.region() == null || filter.region().isBlank() ? null
                : regions.codesWithin(regions.require(filter.region().strip()).code());
        Page<Lab> page = labs.findAll(LabSpecifications.matching(filter, access.readableRegions(reader),
                regionFilter), pageable);
        Set<Long> hostIds = page.stream().map(Lab::getHostEnterpriseId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, LabView.Host> hosts = enterprises.findAllById(hostIds).stream()
                .collect(Collectors.toMap(Enterprise::getId, LabQueries::host));
        return page.map(l -> LabView.of(l, hosts.get(l.getHostEnterpriseId()),
                access.canWrite(reader, l.getRegionCode())));
    }

    /**
     * The record's changes, oldest first, for the officials of its region and administrators;
     * others get 403, because the history names the people who made each change.
     */
    @Transactional(readOnly = true)
    public List<RecordChange> history(AccountPrincipal reader, long id) {
        Lab record = load(reader, id);
        if (!access.canWrite(reader, record.getRegionCode())) {
            throw new AccessDeniedToRecordException("error.registry.historyForbidden",
                    "the change history of lab " + id + " is not available to your role");
        }
        return trail.of(LabService.ENTITY, id).stream().map(e -> change(e, id)).toList();
    }

    /** The id of the enterprise with this credit code, for forms that name a host by its code. */
    @Transactional(readOnly = true)
    public Optional<Long> enterpriseIdByCreditCode(String creditCode) {
        if (creditCode == null || creditCode.isBlank()) {
            return Optional.empty();
        }
        return enterprises.findByCreditCode(creditCode.strip().toUpperCase(java.util.Locale.ROOT))
                .map(Enterprise::getId);
    }

    private static LabView.Host host(Enterprise e) {
        return new LabView.Host(e.getName(), e.getCreditCode());
    }

    private Lab load(AccountPrincipal reader, long id) {
        return labs.findById(id)
                .filter(l -> access.canRead(reader, l.getRegionCode()))
                .orElseThrow(() -> NotFoundException.of(LabService.ENTITY, id));
    }

    private static RecordChange change(AuditTrail.Entry e, long id) {
        return new RecordChange(e.id(), e.at(), e.actor(), e.action(), LabService.ENTITY, String.valueOf(id),
                e.before(), e.after());
    }
}
