package cn.kjj.platform.program;

import cn.kjj.platform.audit.AuditTrail;
import cn.kjj.platform.audit.RecordChange;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionDirectory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading policy programs and their awards within the reader's scope. */
@Service
public class ProgramQueries {

    /** The fields of its history in the order people read them. */
    public static final List<String> HISTORY_FIELDS = List.of("name", "kind", "regionCode", "year", "budget",
            "description", "awardedTotal", "enterpriseId", "amount", "awardedOn", "note");

    private final ProgramRepository programs;
    private final ProgramAwardRepository awards;
    private final EnterpriseRepository enterprises;
    private final ProgramAccess access;
    private final RegionDirectory regions;
    private final AuditTrail trail;

    ProgramQueries(ProgramRepository programs, ProgramAwardRepository awards, EnterpriseRepository enterprises,
                   ProgramAccess access, RegionDirectory regions, AuditTrail trail) {
        this.programs = programs;
        this.awards = awards;
        this.enterprises = enterprises;
        this.access = access;
        this.regions = regions;
        this.trail = trail;
    }

    @Transactional(readOnly = true)
    public ProgramView get(AccountPrincipal reader, long id) {
        Program program = load(reader, id);
        return ProgramView.of(program, access.canWrite(reader, program.getRegionCode()));
    }

    @Transactional(readOnly = true)
    public Page<ProgramView> search(AccountPrincipal reader, ProgramFilter filter, Pageable pageable) {
        Set<String> regionFilter = filter.region() == null || filter.region().isBlank() ? null
                : regions.codesWithin(regions.require(filter.region().strip()).code());
        return programs.findAll(ProgramSpecifications.matching(filter, access.readableRegions(reader),
                regionFilter), pageable).map(p -> ProgramView.of(p, access.canWrite(reader, p.getRegionCode())));
    }

    /** The program's awards the reader may see: all of them, or an enterprise's own. */
    @Transactional(readOnly = true)
    public Page<AwardView> awards(AccountPrincipal reader, long programId, Pageable pageable) {
        load(reader, programId);
        Long onlyFor = access.awardsLimitedTo(reader);
        Page<ProgramAward> page = onlyFor == null ? awards.findByProgramId(programId, pageable)
                : awards.findByProgramIdAndEnterpriseId(programId, onlyFor, pageable);
        Map<Long, Enterprise> byId = enterprises.findAllById(
                        page.stream().map(ProgramAward::getEnterpriseId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Enterprise::getId, Function.identity()));
        return page.map(a -> {
            Enterprise e = byId.get(a.getEnterpriseId());
            return new AwardView(a.getId(), a.getProgramId(), a.getEnterpriseId(), e == null ? null : e.getName(),
                    e == null ? null : e.getCreditCode(), a.getAmount(), a.getAwardedOn(), a.getNote(),
                    a.getCreatedAt());
        });
    }

    /**
     * The record's changes, oldest first, for the officials of its region and administrators;
     * others get 403, because the history names the people who made each change.
     */
    @Transactional(readOnly = true)
    public List<RecordChange> history(AccountPrincipal reader, long id) {
        Program record = load(reader, id);
        if (!access.canWrite(reader, record.getRegionCode())) {
            throw new AccessDeniedToRecordException("error.registry.historyForbidden",
                    "the change history of program " + id + " is not available to your role");
        }
        return trail.of(ProgramService.ENTITY, id).stream().map(e -> change(e, id)).toList();
    }

    /** The id of the enterprise with this credit code, for forms that name an enterprise by its code. */
    @Transactional(readOnly = true)
    public Optional<Long> enterpriseIdByCreditCode(String creditCode) {
        if (creditCode == null || creditCode.isBlank()) {
            return Optional.empty();
        }
        return enterprises.findByCreditCode(creditCode.strip().toUpperCase(Locale.ROOT)).map(Enterprise::getId);
    }

    private Program load(AccountPrincipal reader, long id) {
        return programs.findById(id)
                .filter(p -> access.canRead(reader, p.getRegionCode()))
                .orElseThrow(() -> NotFoundException.of(ProgramService.ENTITY, id));
    }

    private static RecordChange change(AuditTrail.Entry e, long id) {
        return new RecordChange(e.id(), e.at(), e.actor(), e.action(), ProgramService.ENTITY, String.valueOf(id),
                e.before(), e.after());
    }
}
