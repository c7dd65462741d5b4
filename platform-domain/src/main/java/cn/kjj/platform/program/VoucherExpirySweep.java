package cn.kjj.platform.program;

import cn.kjj.platform.common.PeriodicRounds;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every {@code platform.voucher.release-interval} (an hour) releases what vouchers that expired since left
 * unredeemed (decision 0051), one program per transaction, so that a program's page and figures show the
 * budget given back without waiting for the next voucher to be issued (which releases first as well).
 * Several nodes may sweep at once: each program's row lock puts them one after the other and a voucher is
 * released once.
 */
@Component
class VoucherExpirySweep extends PeriodicRounds {

    private static final Logger log = LoggerFactory.getLogger(VoucherExpirySweep.class);

    private final VoucherRelease release;

    VoucherExpirySweep(VoucherRelease release,
                       @Value("${platform.voucher.release-interval:PT1H}") Duration interval) {
        super("voucher-expiry-sweep", interval);
        this.release = release;
    }

    /** One round: every program with something to release. */
    @Override
    protected void round() {
        try {
            for (Long programId : release.programsToRelease()) {
                release.releaseProgram(programId);
            }
        } catch (RuntimeException e) {
            // the database is unreachable for a moment, say: the next round releases what is left
            log.warn("Could not release expired vouchers: {}", e.getMessage());
        }
    }
}
