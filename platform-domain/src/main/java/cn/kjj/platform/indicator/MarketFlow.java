package cn.kjj.platform.indicator;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/**
 * Where the other party of a registered contract is, seen from the region counted (技术流向, technology-market
 * statistics: within the province, to or from other provinces, abroad). The SQL function
 * {@code contract_market_cells} (migration V22) decides it from the GB/T 2260 codes' province digits.
 */
public enum MarketFlow implements Named.Constant {
    @Name(zh = "省内", en = "Within the province") WITHIN_PROVINCE,
    @Name(zh = "外省", en = "Other provinces") OTHER_PROVINCE,
    @Name(zh = "境外", en = "Abroad") ABROAD;
}
