package cn.kjj.platform.matching;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/** How a holder offers an achievement (转化方式); an achievement offers one or more. */
public enum TransferMode implements Named.Constant {
    @Name(zh = "转让", en = "Transfer") TRANSFER,
    @Name(zh = "许可", en = "Licensing") LICENSING,
    @Name(zh = "合作开发", en = "Joint development") COOPERATION,
    @Name(zh = "作价入股", en = "Equity contribution") EQUITY,
    @Name(zh = "其他", en = "Other") OTHER;
}
