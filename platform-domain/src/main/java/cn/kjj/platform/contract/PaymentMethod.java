package cn.kjj.platform.contract;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/** How the price is paid (支付方式, registration form); schema check on {@code technology_contract.payment_method}. */
public enum PaymentMethod implements Named.Constant {
    @Name(zh = "一次总付", en = "Lump sum") LUMP_SUM,
    @Name(zh = "分期支付", en = "Instalments") INSTALMENTS,
    @Name(zh = "提成支付", en = "Royalty") ROYALTY,
    @Name(zh = "混合支付", en = "Mixed") MIXED;
}
