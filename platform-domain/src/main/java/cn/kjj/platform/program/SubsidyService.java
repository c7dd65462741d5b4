package cn.kjj.platform.program;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.Money;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.enterprise.CertificationKind;
import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseReferences;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.enterprise.HighTechCertification;
import cn.kjj.platform.enterprise.HighTechCertificationRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subsidy to every enterprise newly certified high-tech in a year (高企认定奖补), in one step by an
 * official (decision 0043): one award of the same amount per enterprise whose INITIAL certificate was
 * issued that year and is not revoked, in the program's region and the official's. All or nothing: the
 * program's row is locked and the awards go through {@link Program#award} (the budget guard of
 * decision 0008), so that a total beyond what remains is 409 with nothing written. Idempotent: an
 * enterprise the program already awarded is skipped and reported.
 */
@Service
public class SubsidyService {

    private final ProgramRepository programs;
    private final ProgramAwardRepository awards;
    private final HighTechCertificationRepository certifications;
    private final EnterpriseRepository enterprises;
    private final RegionDirectory regions;
    private final RegionScope scope;
    private final AuditLog audit;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the registries the step reads
    SubsidyService(ProgramRepository programs, ProgramAwardRepository awards,
                   HighTechCertificationRepository certifications, EnterpriseRepository enterprises,
                   RegionDirectory regions, RegionScope scope, AuditLog audit, Clock clock) {
        this.programs = programs;
        this.awards = awards;
        this.certifications = certifications;
        this.enterprises = enterprises;
        this.regions = regions;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who would get an award and who is skipped, and the total for {@code amount} when given; nothing written. */
    @Transactional(readOnly = true)
    public SubsidyPlan preview(AccountPrincipal actor, long programId, Integer year, BigDecimal amount) {
        Program program = subsidyProgram(actor, programs.findById(programId).orElse(null), programId);
        FieldErrors errors = new FieldErrors();
        int checkedYear = year(errors, year);
        BigDecimal yuan = amount == null ? null : errors.check(() -> Money.requirePositive(amount, "amount"));
        errors.throwIfAny();
        return plan(actor, program, checkedYear, yuan, false);
    }

    /** Books the awards of the plan, all or nothing (409 {@code error.subsidy.budgetExceeded} beyond the budget). */
    @Transactional
    public SubsidyPlan grant(AccountPrincipal actor, long programId, Integer year, BigDecimal amount) {
        // locked before anything else reads it, so that the awards are booked on the program as it now stands
        Program program = subsidyProgram(actor, programs.findByIdForUpdate(programId).orElse(null), programId);
        FieldErrors errors = new FieldErrors();
        int checkedYear = year(errors, year);
        BigDecimal yuan = errors.required("amount", amount) == null ? null
                : errors.check(() -> Money.requirePositive(amount, "amount"));
        errors.throwIfAny();
        SubsidyPlan plan = plan(actor, program, checkedYear, yuan, true);
        if (plan.total().compareTo(program.remainingBudget()) > 0) {
            throw new ConflictException("error.subsidy.budgetExceeded", plan.awarded().size() + " awards of "
                    + yuan.toPlainString() + " yuan come to " + plan.total().toPlainString()
                    + " yuan, beyond the remaining " + program.remainingBudget().toPlainString(),
                    plan.awarded().size(), plan.total(), program.remainingBudget());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.BUREAU_ZONE));
        String note = "高新技术企业新认定奖补 " + checkedYear;
        List<Long> awardIds = new ArrayList<>();
        try {
            for (EnterpriseReferences.Reference e : plan.awarded()) {
                awardIds.add(awards.save(program.award(e.id(), yuan, today, note, now)).getId());
            }
            programs.saveAndFlush(program);
        } catch (DataIntegrityViolationException e) {
            if (!String.valueOf(e.getMostSpecificCause().getMessage()).contains("program_commitments_within_budget")) {
                throw e;
            }
            throw new ConflictException("error.subsidy.budgetExceeded", "the awards exceed the remaining budget",
                    plan.awarded().size(), plan.total(), plan.remainingBudget());
        }
        audit.record("program.subsidyNewlyCertified", ProgramService.ENTITY, programId, program.getRegionCode(),
                null, new SubsidyAudit(checkedYear, yuan, awardIds,
                        plan.awarded().stream().map(EnterpriseReferences.Reference::id).toList(),
                        plan.skipped().stream().map(EnterpriseReferences.Reference::id).toList(),
                        program.getAwardedTotal()));
        return plan;
    }

    private SubsidyPlan plan(AccountPrincipal actor, Program program, int year, BigDecimal amount, boolean booked) {
        Set<Long> certified = certifications.findByKindAndIssuedOnBetween(CertificationKind.INITIAL,
                        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .filter(c -> c.getRevokedOn() == null)
                .map(HighTechCertification::getEnterpriseId).collect(Collectors.toSet());
        Set<Long> alreadyAwarded = awards.findByProgramIdOrderByAwardedOnAscIdAsc(program.getId()).stream()
                .map(ProgramAward::getEnterpriseId).collect(Collectors.toSet());
        List<EnterpriseReferences.Reference> awarded = new ArrayList<>();
        List<EnterpriseReferences.Reference> skipped = new ArrayList<>();
        enterprises.findAllById(certified).stream()
                .filter(e -> regions.isWithin(e.getRegionCode(), program.getRegionCode())
                        && scope.canWrite(actor, e.getRegionCode()))
                .sorted(Comparator.comparing(Enterprise::getId))
                .forEach(e -> (alreadyAwarded.contains(e.getId()) ? skipped : awarded)
                        .add(new EnterpriseReferences.Reference(e.getId(), e.getName(), e.getCreditCode())));
        BigDecimal total = amount == null ? null : amount.multiply(BigDecimal.valueOf(awarded.size()));
        return new SubsidyPlan(program.getId(), year, amount, List.copyOf(awarded), List.copyOf(skipped), total,
                program.remainingBudget(), booked);
    }

    /**
     * The program for the step: 403 for a read-only role, 404 outside the official's region, 409 unless it is
     * a SUBSIDY program.
     */
    private Program subsidyProgram(AccountPrincipal actor, Program program, long programId) {
        RegionScope.requireWriter(actor, "subsidies");
        if (program == null || !scope.canWrite(actor, program.getRegionCode())) {
            throw NotFoundException.of("program", programId);
        }
        if (program.getKind() != ProgramKind.SUBSIDY) {
            throw new ConflictException("error.subsidy.programKind", "program " + programId + " is a "
                    + program.getKind() + " program, not a subsidy", program.getKind());
        }
        return program;
    }

    private static int year(FieldErrors errors, Integer year) {
        if (errors.required("year", year) == null) {
            return 0;
        }
        if (year < 1980 || year > 9999) {
            errors.add("year", "error.subsidy.year", "must be a year such as 2024");
        }
        return year;
    }

    /** What the audit trail keeps of the step. */
    record SubsidyAudit(int year, BigDecimal amount, List<Long> awardIds, List<Long> enterpriseIds,
                        List<Long> skippedEnterpriseIds, BigDecimal awardedTotal) {
    }
}
