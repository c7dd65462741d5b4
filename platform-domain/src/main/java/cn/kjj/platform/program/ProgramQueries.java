package cn.kjj.platform.program;

import cn.kjj.platform.audit.AuditTrail;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.enterprise.EnterpriseReferences;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.registry.RegistryQueries;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading policy programs (the shared {@link RegistryQueries}) and their awards within the reader's scope. */
@Service
public class ProgramQueries extends RegistryQueries<Program, ProgramDetails, ProgramView> {

    private final ProgramAwardRepository awards;
    private final EnterpriseReferences enterprises;

    ProgramQueries(ProgramRepository programs, ProgramAwardRepository awards, EnterpriseReferences enterprises,
                   RegionScope scope, AuditTrail trail, Clock clock) {
        super(new ProgramRegistry(clock), programs, scope, trail);
        this.awards = awards;
        this.enterprises = enterprises;
    }

    /** The program's awards the reader may see: all of them, or an enterprise's own. */
    @Transactional(readOnly = true)
    public Page<AwardView> awards(AccountPrincipal reader, long programId, Pageable pageable) {
        load(reader, programId);
        Long onlyFor = awardsLimitedTo(reader);
        Page<ProgramAward> page = onlyFor == null ? awards.findByProgramId(programId, pageable)
                : awards.findByProgramIdAndEnterpriseId(programId, onlyFor, pageable);
        Map<Long, EnterpriseReferences.Reference> byId = enterprises.byId(
                page.stream().map(ProgramAward::getEnterpriseId).toList());
        return page.map(a -> AwardView.of(a, byId.get(a.getEnterpriseId())));
    }

    /** The id of the enterprise with this credit code, for forms that name an enterprise by its code. */
    @Transactional(readOnly = true)
    public Optional<Long> enterpriseIdByCreditCode(String creditCode) {
        return enterprises.idByCreditCode(creditCode);
    }

    /**
     * The enterprise whose awards alone the reader sees, or {@code null} when it sees every award:
     * an enterprise account that holds no other role.
     */
    private static Long awardsLimitedTo(AccountPrincipal reader) {
        boolean seesAll = reader.has(Role.ADMIN) || reader.has(Role.ANALYST) || reader.has(Role.OFFICIAL);
        return seesAll ? null : reader.enterpriseId() == null ? -1L : reader.enterpriseId();
    }
}
