package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.Named;

/** A first certification, or a renewal (重新认定) when the previous certificate expires. */
public enum CertificationKind implements Named {
    INITIAL("首次认定", "Initial"),
    RENEWAL("重新认定", "Renewal");

    private final String nameZh;
    private final String nameEn;

    CertificationKind(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    @Override
    public String nameZh() {
        return nameZh;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }
}
