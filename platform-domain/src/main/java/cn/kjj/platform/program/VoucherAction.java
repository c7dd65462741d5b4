package cn.kjj.platform.program;

import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;
import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of an innovation voucher and the status each starts from (as the reader sees it, so an
 * expired voucher is not redeemed); any other is 409 {@code error.voucher.transition.illegal}.
 */
public enum VoucherAction implements Named.Constant {
    @Name(zh = "发放", en = "Issue") ISSUE(Set.of()),
    @Name(zh = "使用", en = "Redeem") REDEEM(EnumSet.of(VoucherStatus.ISSUED)),
    @Name(zh = "兑付", en = "Pay") PAY(EnumSet.of(VoucherStatus.REDEEMED)),
    /** Not a step anyone asks for: what an expired voucher left unredeemed goes back to the budget (decision 0051). */
    @Name(zh = "到期释放", en = "Released on expiry") RELEASE(Set.of());

    private final Set<VoucherStatus> from;

    VoucherAction(Set<VoucherStatus> from) {
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
}
