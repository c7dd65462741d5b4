package cn.kjj.platform.indicator;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/**
 * Where the other party of a registered contract is, seen from the region counted (技术流向, technology-market
 * statistics: within the province, to or from other provinces, abroad). The SQL function
 * {@code contract_market_cells} (migration V22) decides it from the GB/T 2260 codes' province digits.
 */
public enum MarketFlow implements Named.Constant {
    WITHIN_PROVINCE("省内", "Within the province"),
    OTHER_PROVINCE("外省", "Other provinces"),
    ABROAD("境外", "Abroad");

    private final Names names;

    MarketFlow(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
