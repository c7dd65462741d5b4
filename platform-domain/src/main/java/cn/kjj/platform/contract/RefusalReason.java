package cn.kjj.platform.contract;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/**
 * The grounds on which an office refuses (不予登记) or returns (补正) a contract, from the rules of
 * 技术合同认定登记 and the offices' guides (rules.md, "Refusal"); {@link #OTHER} needs a free text.
 * Schema checks on {@code technology_contract.reason_code} and {@code contract_history.reason_code}.
 */
public enum RefusalReason implements Named.Constant {
    NOT_TECHNOLOGY_CONTRACT("不属于技术合同", "Not a technology contract"),
    INVALID_OR_NOT_IN_FORCE("合同无效或尚未生效", "Contract invalid or not in force"),
    CONTENT_UNCLEAR("标的或技术内容约定不明", "Object or technical content not stated clearly"),
    PRICE_OR_PAYMENT_MISSING("未约定价款或支付方式", "Price or payment not stated"),
    SIGNATURES_INCOMPLETE("当事人签章不全", "Signatures or seals incomplete"),
    TERM_EXPIRED("合同期限已届满", "Contract term expired"),
    DISGUISED_PURCHASE("以技术合同名义购销货物或设备", "Disguised purchase of goods or equipment"),
    ALREADY_REGISTERED("已经登记", "Registered already"),
    FALSE_MATERIALS("申报材料虚假", "False materials"),
    OTHER("其他", "Other");

    private final Names names;

    RefusalReason(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
