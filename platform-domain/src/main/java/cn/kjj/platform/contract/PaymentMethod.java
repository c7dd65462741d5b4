package cn.kjj.platform.contract;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/** How the price is paid (支付方式, registration form); schema check on {@code technology_contract.payment_method}. */
public enum PaymentMethod implements Named.Constant {
    LUMP_SUM("一次总付", "Lump sum"),
    INSTALMENTS("分期支付", "Instalments"),
    ROYALTY("提成支付", "Royalty"),
    MIXED("混合支付", "Mixed");

    private final Names names;

    PaymentMethod(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
