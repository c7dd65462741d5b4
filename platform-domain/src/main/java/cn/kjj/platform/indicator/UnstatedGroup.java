package cn.kjj.platform.indicator;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/**
 * The group of a dimension whose field a registration does not state: only a registration of another office,
 * imported from the national export without that column, can lack one (a contract registered here always has
 * every field of the form). The SQL function {@code contract_market_cells} (V38) puts it there.
 */
public enum UnstatedGroup implements Named.Constant {
    @Name(zh = "未注明", en = "Not stated") UNKNOWN;
}
