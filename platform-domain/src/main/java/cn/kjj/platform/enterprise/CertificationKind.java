package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;

/** A first certification, or a renewal (重新认定) when the previous certificate expires. */
public enum CertificationKind implements Named.Constant {
    INITIAL("首次认定", "Initial"),
    RENEWAL("重新认定", "Renewal");

    private final Names names;

    CertificationKind(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
