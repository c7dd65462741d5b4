package cn.kjj.platform.program;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/**
 * Where an innovation voucher (科技创新券) stands: issued, redeemed at a service provider, paid out;
 * an issued voucher past its last day reads as {@link #EXPIRED} (never stored: decision 0043).
 */
public enum VoucherStatus implements Named.Constant {
    @Name(zh = "已发放", en = "Issued") ISSUED,
    @Name(zh = "已兑付申请", en = "Redeemed") REDEEMED,
    @Name(zh = "已兑付", en = "Paid") PAID,
    @Name(zh = "已过期", en = "Expired") EXPIRED;
}
