package cn.kjj.platform.contract;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/**
 * The grounds on which an office refuses (不予登记) or returns (补正) a contract, from the rules of
 * 技术合同认定登记 and the offices' guides (rules.md, "Refusal"); {@link #OTHER} needs a free text.
 * Schema checks on {@code technology_contract.reason_code} and {@code contract_history.reason_code}.
 */
public enum RefusalReason implements Named.Constant {
    @Name(zh = "不属于技术合同", en = "Not a technology contract") NOT_TECHNOLOGY_CONTRACT,
    @Name(zh = "合同无效或尚未生效", en = "Contract invalid or not in force") INVALID_OR_NOT_IN_FORCE,
    @Name(zh = "标的或技术内容约定不明", en = "Object or technical content not stated clearly") CONTENT_UNCLEAR,
    @Name(zh = "未约定价款或支付方式", en = "Price or payment not stated") PRICE_OR_PAYMENT_MISSING,
    @Name(zh = "当事人签章不全", en = "Signatures or seals incomplete") SIGNATURES_INCOMPLETE,
    @Name(zh = "合同期限已届满", en = "Contract term expired") TERM_EXPIRED,
    @Name(zh = "以技术合同名义购销货物或设备", en = "Disguised purchase of goods or equipment") DISGUISED_PURCHASE,
    @Name(zh = "已经登记", en = "Registered already") ALREADY_REGISTERED,
    @Name(zh = "申报材料虚假", en = "False materials") FALSE_MATERIALS,
    @Name(zh = "其他", en = "Other") OTHER;
}
