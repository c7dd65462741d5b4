package cn.kjj.platform.program;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.enterprise.EnterpriseReferences;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.registry.RegistryService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policy programs (the shared {@link RegistryService}; the budget cannot drop below what is
 * awarded, 409) and their awards. An award locks the program's row until its transaction ends,
 * so that two officials awarding at the same moment are booked one after the other and the second
 * sees what the first left; the schema's check {@code program_commitments_within_budget} is the last guard.
 * Every change writes an audit event in the same transaction.
 */
@Service
public class ProgramService extends RegistryService<Program, ProgramDetails, ProgramView> {

    static final String ENTITY = "program";
    private static final List<String> BUDGET_CHECKS = List.of("program_within_budget",
            "program_commitments_within_budget");

    private final ProgramRepository programs;
    private final ProgramAwardRepository awards;
    private final EnterpriseReferences enterprises;

    ProgramService(ProgramRepository programs, ProgramAwardRepository awards, EnterpriseRepository enterprises,
                   RegionScope scope, AuditLog audit, Clock clock) {
        super(new ProgramRegistry(clock), programs, scope, audit, clock);
        this.programs = programs;
        this.awards = awards;
        this.enterprises = new EnterpriseReferences(enterprises, scope);
    }

    /**
     * Awards money from the program to an enterprise, which must exist and, for an official, lie
     * in its region. Beyond the remaining budget is a {@link ConflictException}
     * ({@code error.program.budgetExceeded}) and changes nothing.
     */
    @Transactional
    public AwardView award(AccountPrincipal actor, long programId, NewAward request) {
        Program program = writable(actor, programs.findByIdForUpdate(programId).orElse(null), programId);
        Instant now = clock.instant();
        EnterpriseReferences.Reference enterprise = validated(actor, programId, request, now);

        BigDecimal before = program.getAwardedTotal();
        ProgramAward award = program.award(request.enterpriseId(), request.amount(), request.awardedOn(),
                request.note(), now);
        try {
            award = awards.save(award);
            programs.saveAndFlush(program);
        } catch (DataIntegrityViolationException e) {
            throw budgetExceededOr(e, program, award.getAmount());
        }
        audit.record(ENTITY + ".award", ENTITY, programId, program.getRegionCode(),
                Map.of("awardedTotal", before), AwardAudit.of(award, program.getAwardedTotal()));
        return AwardView.of(award, enterprise);
    }

    /** Checks an award as {@link #award} would, every broken rule at once, without booking anything. */
    @Transactional(readOnly = true)
    public void checkAward(AccountPrincipal actor, long programId, NewAward request) {
        writable(actor, programs.findById(programId).orElse(null), programId);
        validated(actor, programId, request, clock.instant());
    }

    /** The award's own rules and the enterprise's existence and scope; the enterprise when all hold. */
    private EnterpriseReferences.Reference validated(AccountPrincipal actor, long programId, NewAward request,
                                                     Instant now) {
        FieldErrors errors = new FieldErrors();
        EnterpriseReferences.Reference enterprise = enterprises.usable(errors, "enterpriseId", actor,
                request.enterpriseId());
        errors.check(() -> new ProgramAward(programId, request.enterpriseId(), request.amount(),
                request.awardedOn(), request.note(), now));
        errors.throwIfAny();
        return enterprise;
    }

    private static RuntimeException budgetExceededOr(DataIntegrityViolationException e, Program program,
                                                     BigDecimal amount) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        if (BUDGET_CHECKS.stream().noneMatch(message::contains)) {
            return e;
        }
        return new ConflictException("error.program.budgetExceeded",
                "an award of " + amount.toPlainString() + " yuan exceeds the remaining budget",
                program.getId(), amount, program.getBudget().subtract(program.getAwardedTotal()).add(amount));
    }

    /** What the audit trail keeps of an award: the program's new total and the award itself. */
    record AwardAudit(BigDecimal awardedTotal, Long awardId, Long enterpriseId, BigDecimal amount,
                      LocalDate awardedOn, String note) {
        static AwardAudit of(ProgramAward a, BigDecimal awardedTotal) {
            return new AwardAudit(awardedTotal, a.getId(), a.getEnterpriseId(), a.getAmount(), a.getAwardedOn(),
                    a.getNote());
        }
    }
}
