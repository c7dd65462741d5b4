package cn.kjj.platform.program;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.Money;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.contract.ContractStatus;
import cn.kjj.platform.contract.TechnologyContract;
import cn.kjj.platform.contract.TechnologyContractRepository;
import cn.kjj.platform.enterprise.CreditCode;
import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseReferences;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Innovation vouchers (科技创新券, decision 0043): officials of a voucher program's region issue them to
 * enterprises of the region within the program's budget, the holder (or the office) redeems one at a
 * service provider for at most its amount, the office pays the redeemed amount. Issuing books on the
 * program with the budget guard of awards and approvals (decisions 0008 and 0039): the program's row
 * is locked, {@link Program#remainingBudget()} refuses first, the schema's
 * {@code program_commitments_within_budget} holds for any writer that races past. Under that lock, an issue
 * first gives back what the program's expired vouchers left unredeemed ({@link VoucherRelease}, decision 0051). Every step writes a
 * history entry and an audit event in its transaction; an illegal step is 409 and changes nothing.
 */
@Service
public class VoucherService {

    static final String ENTITY = "voucher";

    private final VoucherRepository vouchers;
    private final VoucherHistoryRepository history;
    private final ProgramRepository programs;
    private final EnterpriseRepository enterprises;
    private final EnterpriseReferences references;
    private final TechnologyContractRepository contracts;
    private final RegionDirectory regions;
    private final VoucherAccess access;
    private final VoucherRelease release;
    private final AuditLog audit;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the repositories a voucher's steps read
    VoucherService(VoucherRepository vouchers, VoucherHistoryRepository history, ProgramRepository programs,
                   EnterpriseRepository enterprises, TechnologyContractRepository contracts, RegionDirectory regions,
                   RegionScope scope, VoucherRelease release, AuditLog audit, Clock clock) {
        this.vouchers = vouchers;
        this.history = history;
        this.programs = programs;
        this.enterprises = enterprises;
        this.references = new EnterpriseReferences(enterprises, scope);
        this.contracts = contracts;
        this.regions = regions;
        this.access = new VoucherAccess(programs, scope);
        this.release = release;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Issues a voucher: 400 for bad input (an unknown program or enterprise among them), 404 for a program
     * outside the official's region, 409 {@code error.voucher.programKind} unless the program is an
     * INNOVATION_VOUCHER one, {@code error.voucher.outsideRegion} for an enterprise outside the program's
     * region and {@code error.program.budgetExceeded} beyond what remains of the budget.
     */
    @Transactional
    public long issue(AccountPrincipal actor, NewVoucher request) {
        FieldErrors errors = new FieldErrors();
        Long programId = errors.required("programId", request.programId());
        errors.required("enterpriseId", request.enterpriseId());
        EnterpriseReferences.Reference enterprise = references.usable(errors, "enterpriseId", actor,
                request.enterpriseId());
        Instant now = clock.instant();
        LocalDate today = today();
        errors.check(() -> new InnovationVoucher(0, 0, request.amount(), request.validTo(), today, now));
        // existsById, not findById: a program loaded before its row is locked would be booked from a stale copy
        if (programId != null && !programs.existsById(programId)) {
            errors.add("programId", "error.program.unknown", "no program " + programId);
        }
        errors.throwIfAny();
        Program program = programs.findByIdForUpdate(programId).orElseThrow();
        if (!actor.keepsRecords() || !access.scope().canWrite(actor, program.getRegionCode())) {
            throw NotFoundException.of("program", programId);
        }
        if (program.getKind() != ProgramKind.INNOVATION_VOUCHER) {
            throw new ConflictException("error.voucher.programKind", "program " + programId + " is a "
                    + program.getKind() + " program, not an innovation voucher one", program.getKind());
        }
        String enterpriseRegion = enterprises.findById(enterprise.id()).map(Enterprise::getRegionCode).orElseThrow();
        if (!regions.isWithin(enterpriseRegion, program.getRegionCode())) {
            throw new ConflictException("error.voucher.outsideRegion", "the enterprise is outside the program's "
                    + "region " + program.getRegionCode(), program.getRegionCode());
        }
        InnovationVoucher voucher = new InnovationVoucher(programId, enterprise.id(), request.amount(),
                request.validTo(), today, now);
        // under the program's lock: what expired vouchers left unredeemed is free again (decision 0051)
        release.releaseExpired(actor, program, today, now);
        program.issueVoucher(voucher.getAmount(), now);
        try {
            voucher = vouchers.save(voucher);
            programs.saveAndFlush(program);
        } catch (DataIntegrityViolationException e) {
            if (!String.valueOf(e.getMostSpecificCause().getMessage()).contains("program_commitments_within_budget")) {
                throw e;
            }
            throw new ConflictException("error.program.budgetExceeded", "a voucher of "
                    + voucher.getAmount().toPlainString() + " yuan exceeds the remaining budget", programId,
                    voucher.getAmount(), program.remainingBudget());
        }
        step(actor, voucher, program, VoucherAction.ISSUE, null, voucher.getAmount(), null, now);
        return voucher.getId();
    }

    /**
     * Redeems a voucher at a service provider: 400 for bad input (the provider's credit code checked as
     * everywhere), 409 {@code error.voucher.expired} past its last day, {@code error.voucher.amountExceeded}
     * beyond its amount, {@code error.voucher.transition.illegal} once redeemed, and for a contract that is
     * not registered ({@code error.voucher.contractNotRegistered}) or whose buyer is not the voucher's
     * enterprise ({@code error.voucher.contractNotOfEnterprise}).
     */
    @Transactional
    public void redeem(AccountPrincipal actor, long id, Redemption request) {
        VoucherAccess.Loaded loaded = access.forRedemption(actor, vouchers.findByIdForUpdate(id).orElse(null), id);
        InnovationVoucher voucher = loaded.voucher();
        LocalDate today = today();
        VoucherAction.REDEEM.requireFrom(voucher.statusOn(today));
        FieldErrors errors = new FieldErrors();
        String provider = errors.text("providerName", request.providerName(), 200, true);
        String rawCode = errors.text("providerCreditCode", request.providerCreditCode(), 18, true);
        CreditCode code = rawCode == null ? null
                : errors.check(() -> CreditCode.of(rawCode.toUpperCase(Locale.ROOT), "providerCreditCode"));
        BigDecimal amount = errors.required("amount", request.amount()) == null ? null
                : errors.check(() -> Money.requirePositive(request.amount(), "amount"));
        TechnologyContract contract = request.contractId() == null ? null
                : contracts.findById(request.contractId()).orElse(null);
        if (request.contractId() != null && contract == null) {
            errors.add("contractId", "error.voucher.contractUnknown", "no contract " + request.contractId());
        }
        errors.throwIfAny();
        if (contract != null) {
            requireContractOf(contract, voucher);
        }
        Instant now = clock.instant();
        VoucherStatus from = voucher.redeem(new Redemption(provider, code.value(), amount, request.contractId()),
                today, now);
        vouchers.saveAndFlush(voucher);
        step(actor, voucher, loaded.program(), VoucherAction.REDEEM, from, amount,
                provider + " " + code.value(), now);
    }

    private void requireContractOf(TechnologyContract contract, InnovationVoucher voucher) {
        if (contract.getStatus() != ContractStatus.REGISTERED) {
            throw new ConflictException("error.voucher.contractNotRegistered", "contract " + contract.getId()
                    + " is " + contract.getStatus() + ", not registered", contract.getStatus());
        }
        String holder = enterprises.findById(voucher.getEnterpriseId()).map(Enterprise::getCreditCode).orElseThrow();
        String buyer = contract.getBuyer() == null ? null : contract.getBuyer().creditCode();
        if (buyer == null || !buyer.equalsIgnoreCase(holder)) {
            throw new ConflictException("error.voucher.contractNotOfEnterprise", "the buyer of contract "
                    + contract.getId() + " is not the voucher's enterprise", contract.getId());
        }
    }

    /** Pays the redeemed amount (兑付): officials of the program's region; 409 unless redeemed. */
    @Transactional
    public void pay(AccountPrincipal actor, long id) {
        VoucherAccess.Loaded loaded = access.forOffice(actor, vouchers.findByIdForUpdate(id).orElse(null), id);
        InnovationVoucher voucher = loaded.voucher();
        Instant now = clock.instant();
        VoucherStatus from = voucher.pay(today(), now);
        vouchers.saveAndFlush(voucher);
        step(actor, voucher, loaded.program(), VoucherAction.PAY, from, voucher.getPaidAmount(), null, now);
    }

    private void step(AccountPrincipal actor, InnovationVoucher voucher, Program program, VoucherAction action,
                      VoucherStatus from, BigDecimal amount, String note, Instant now) {
        history.save(new VoucherHistoryEntry(voucher.getId(), actor, now, action, from, voucher.statusOn(today()),
                amount, note));
        audit.record(ENTITY + "." + action.name().toLowerCase(Locale.ROOT), ENTITY, voucher.getId(),
                program.getRegionCode(), from == null ? null : Map.of("status", from),
                new StepAudit(voucher.statusOn(today()), amount, note, program.getVoucherTotal()));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.BUREAU_ZONE));
    }

    /** What the audit trail keeps of a step: the status after it, the money, a note, the program's issued total. */
    record StepAudit(VoucherStatus status, BigDecimal amount, String note, BigDecimal programVoucherTotal) {
    }
}
