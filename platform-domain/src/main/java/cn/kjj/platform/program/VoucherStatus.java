package cn.kjj.platform.program;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/**
 * Where an innovation voucher (科技创新券) stands: issued, redeemed at a service provider, paid out;
 * an issued voucher past its last day reads as {@link #EXPIRED} (never stored: decision 0043).
 */
public enum VoucherStatus implements Named.Constant {
    ISSUED("已发放", "Issued"),
    REDEEMED("已兑付申请", "Redeemed"),
    PAID("已兑付", "Paid"),
    EXPIRED("已过期", "Expired");

    private final Names names;

    VoucherStatus(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
