package cn.kjj.platform.program;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.identity.AccountPrincipal;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives back to a program's budget what its expired vouchers left unredeemed (decision 0051): the whole
 * amount of a voucher never redeemed, the rest of one redeemed for less. A release books on the program
 * under its row lock, as every budget step does (decisions 0039 and 0043): the lock is taken first, then
 * the vouchers' rows, so that a release and an issue of the same program are one after the other and the
 * money an issue sees is what is really left. The schema holds each voucher to one release of exactly
 * its unredeemed part, after its last day, and the program to releasing no more than it issued.
 */
@Service
public class VoucherRelease {

    /** Who a release found by the sweep is written as: no one asked for it. */
    static final AccountPrincipal EXPIRY = new AccountPrincipal(null, "system", "系统（到期释放）", Set.of(), null,
            null, true, null);

    private final VoucherRepository vouchers;
    private final VoucherHistoryRepository history;
    private final ProgramRepository programs;
    private final AuditLog audit;
    private final Clock clock;

    VoucherRelease(VoucherRepository vouchers, VoucherHistoryRepository history, ProgramRepository programs,
                   AuditLog audit, Clock clock) {
        this.vouchers = vouchers;
        this.history = history;
        this.programs = programs;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Releases what the expired vouchers of {@code locked} left unredeemed, as part of {@code actor}'s step;
     * the caller has locked the program's row in its transaction. Returns the amount given back.
     */
    BigDecimal releaseExpired(AccountPrincipal actor, Program locked, LocalDate today, Instant now) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (InnovationVoucher voucher : vouchers.findUnreleasedExpiredForUpdate(locked.getId(), today)) {
            BigDecimal rest = voucher.releaseUnredeemed(today, now);
            if (rest.signum() > 0) {
                total = total.add(rest);
                VoucherStatus status = voucher.statusOn(today);
                history.save(new VoucherHistoryEntry(voucher.getId(), actor, now, VoucherAction.RELEASE, status,
                        status, rest, "valid to " + voucher.getValidTo()));
                audit.record(VoucherService.ENTITY + ".release", VoucherService.ENTITY, voucher.getId(),
                        locked.getRegionCode(), null, Map.of("released", rest, "validTo", voucher.getValidTo(),
                                "programId", locked.getId()));
            }
        }
        if (total.signum() > 0) {
            locked.releaseVouchers(total, now);
        }
        return total;
    }

    /** The programs that have something to release today. */
    @Transactional(readOnly = true)
    public List<Long> programsToRelease() {
        return vouchers.findProgramsWithUnreleasedExpired(today());
    }

    /** Releases what the expired vouchers of one program left unredeemed, in a transaction of its own. */
    @Transactional
    public BigDecimal releaseProgram(long programId) {
        Program program = programs.findByIdForUpdate(programId).orElse(null);
        if (program == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal released = releaseExpired(EXPIRY, program, today(), clock.instant());
        programs.saveAndFlush(program);
        return released;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.BUREAU_ZONE));
    }
}
