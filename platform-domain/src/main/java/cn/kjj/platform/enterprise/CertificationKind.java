package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;

/** A first certification, or a renewal (重新认定) when the previous certificate expires. */
public enum CertificationKind implements Named.Constant {
    @Name(zh = "首次认定", en = "Initial") INITIAL,
    @Name(zh = "重新认定", en = "Renewal") RENEWAL;
}
