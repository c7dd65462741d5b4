package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.Named;
import cn.kjj.platform.common.Names;
import java.time.LocalDate;

/**
 * Where a certificate stands on a given day, as officials speak of it. "Expiring soon" is
 * a certificate in force that ends within the default {@link RenewalWindow} and has no renewal
 * yet: the ones to chase.
 */
public enum CertificationStatus implements Named.Constant {
    NOT_YET_IN_FORCE("尚未生效", "Not yet in force"),
    IN_FORCE("有效", "In force"),
    EXPIRING_SOON("即将到期", "Expiring soon"),
    EXPIRED("已过期", "Expired"),
    REVOKED("已撤销", "Revoked");

    private final Names names;

    CertificationStatus(String nameZh, String nameEn) {
        this.names = new Names(nameZh, nameEn);
    }

    /**
     * @param renewed whether a later certification of the same enterprise (not revoked) exists
     */
    public static CertificationStatus of(HighTechCertification c, LocalDate today, boolean renewed) {
        if (c.getRevokedOn() != null && !c.getRevokedOn().isAfter(today)) {
            return REVOKED;
        }
        if (today.isBefore(c.getIssuedOn())) {
            return NOT_YET_IN_FORCE;
        }
        if (today.isAfter(c.getExpiresOn())) {
            return EXPIRED;
        }
        if (!renewed && RenewalWindow.DEFAULT.contains(c.getExpiresOn(), today)) {
            return EXPIRING_SOON;
        }
        return IN_FORCE;
    }

    @Override
    public Names names() {
        return names;
    }
}
