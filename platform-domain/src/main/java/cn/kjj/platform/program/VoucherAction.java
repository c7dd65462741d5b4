package cn.kjj.platform.program;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;
import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of an innovation voucher and the status each starts from (as the reader sees it, so an
 * expired voucher is not redeemed); any other is 409 {@code error.voucher.transition.illegal}.
 */
public enum VoucherAction implements Named.Constant {
    ISSUE("发放", "Issue", Set.of()),
    REDEEM("使用", "Redeem", EnumSet.of(VoucherStatus.ISSUED)),
    PAY("兑付", "Pay", EnumSet.of(VoucherStatus.REDEEMED)),
    /** Not a step anyone asks for: what an expired voucher left unredeemed goes back to the budget (decision 0051). */
    RELEASE("到期释放", "Released on expiry", Set.of());

    private final Names names;
    private final Set<VoucherStatus> from;

    VoucherAction(String nameZh, String nameEn, Set<VoucherStatus> from) {
        this.names = new Names(nameZh, nameEn);
        this.from = from;
    }

    void requireFrom(VoucherStatus status) {
        if (!from.contains(status)) {
            throw new ConflictException(status == VoucherStatus.EXPIRED ? "error.voucher.expired"
                    : "error.voucher.transition.illegal", "a voucher " + status + " cannot " + name(), status, this);
        }
    }

    public boolean allowedFrom(VoucherStatus status) {
        return from.contains(status);
    }

    @Override
    public Names names() {
        return names;
    }
}
