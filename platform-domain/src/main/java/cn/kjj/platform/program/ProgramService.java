package cn.kjj.platform.program;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policy programs and their awards. An award locks the program's row until its transaction ends,
 * so that two officials awarding at the same moment are booked one after the other and the second
 * sees what the first left; the schema's check {@code program_within_budget} is the last guard.
 * Every change writes an audit event in the same transaction.
 */
@Service
public class ProgramService {

    static final String ENTITY = "program";
    private static final String BUDGET_CHECK = "program_within_budget";

    private final ProgramRepository programs;
    private final ProgramAwardRepository awards;
    private final EnterpriseRepository enterprises;
    private final ProgramAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ProgramService(ProgramRepository programs, ProgramAwardRepository awards, EnterpriseRepository enterprises,
                   ProgramAccess access, AuditLog audit, Clock clock) {
        this.programs = programs;
        this.awards = awards;
        this.enterprises = enterprises;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ProgramView create(AccountPrincipal actor, ProgramDetails details) {
        access.requireWriter(actor);
        ProgramDetails checked = checked(actor, details);
        Program program = programs.saveAndFlush(new Program(checked, clock.instant()));
        audit.record(ENTITY + ".create", ENTITY, program.getId(), program.getRegionCode(), null, checked);
        return ProgramView.of(program, true);
    }

    /** Replaces every field, as {@code PUT} does; the budget cannot drop below what is awarded (409). */
    @Transactional
    public ProgramView update(AccountPrincipal actor, long id, ProgramDetails details, Long expectedVersion) {
        Program program = writable(actor, programs.findById(id).orElse(null), id);
        if (expectedVersion != null) {
            program.requireVersion(expectedVersion);
        }
        ProgramDetails checked = checked(actor, details);
        ProgramDetails before = program.getDetails();
        if (!before.equals(checked)) {
            program.update(checked, clock.instant());
            programs.saveAndFlush(program);
            audit.record(ENTITY + ".update", ENTITY, id, program.getRegionCode(), before, checked);
        }
        return ProgramView.of(program, true);
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
        Enterprise enterprise = validated(actor, programId, request, now);

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
        return new AwardView(award.getId(), programId, enterprise.getId(), enterprise.getName(),
                enterprise.getCreditCode(), award.getAmount(), award.getAwardedOn(), award.getNote(),
                award.getCreatedAt());
    }

    /** Checks an award as {@link #award} would, every broken rule at once, without booking anything. */
    @Transactional(readOnly = true)
    public void checkAward(AccountPrincipal actor, long programId, NewAward request) {
        writable(actor, programs.findById(programId).orElse(null), programId);
        validated(actor, programId, request, clock.instant());
    }

    /** The award's own rules and the enterprise's existence and scope; the enterprise when all hold. */
    private Enterprise validated(AccountPrincipal actor, long programId, NewAward request, Instant now) {
        FieldErrors errors = new FieldErrors();
        Enterprise enterprise = null;
        if (request.enterpriseId() != null) {
            enterprise = enterprises.findById(request.enterpriseId())
                    .filter(e -> access.canWrite(actor, e.getRegionCode()))
                    .orElse(null);
            if (enterprise == null) {
                errors.add("enterpriseId", "error.enterprise.unknown",
                        "no enterprise " + request.enterpriseId() + " in your region");
            }
        }
        errors.check(() -> new ProgramAward(programId, request.enterpriseId(), request.amount(),
                request.awardedOn(), request.note(), now));
        errors.throwIfAny();
        return enterprise;
    }

    private Program writable(AccountPrincipal actor, Program program, long id) {
        if (program == null || !access.canRead(actor, program.getRegionCode())) {
            throw NotFoundException.of(ENTITY, id);
        }
        access.requireWriter(actor);
        if (!access.canWrite(actor, program.getRegionCode())) {
            throw NotFoundException.of(ENTITY, id);
        }
        return program;
    }

    /** Every broken rule at once: the details' own, the region, and a year no later than next year. */
    private ProgramDetails checked(AccountPrincipal actor, ProgramDetails details) {
        FieldErrors errors = new FieldErrors();
        ProgramDetails checked = errors.check(details::validated);
        access.checkWritableRegion(errors, actor, details.regionCode());
        int latest = LocalDate.now(clock).getYear() + 1;
        if (details.year() != null && details.year() > latest && details.year() <= ProgramDetails.MAX_YEAR) {
            errors.add("year", "error.year.outOfRange",
                    "must be between " + ProgramDetails.MIN_YEAR + " and " + latest);
        }
        errors.throwIfAny();
        return checked;
    }

    private static RuntimeException budgetExceededOr(DataIntegrityViolationException e, Program program,
                                                     BigDecimal amount) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        if (!message.contains(BUDGET_CHECK)) {
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
