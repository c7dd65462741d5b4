package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.Name;
import cn.kjj.platform.common.Named;
import java.time.LocalDate;

/**
 * Where a certificate stands on a given day, as officials speak of it. "Expiring soon" is
 * a certificate in force that ends within the default {@link RenewalWindow} and has no renewal
 * yet: the ones to chase.
 */
public enum CertificationStatus implements Named.Constant {
    @Name(zh = "尚未生效", en = "Not yet in force") NOT_YET_IN_FORCE,
    @Name(zh = "有效", en = "In force") IN_FORCE,
    @Name(zh = "即将到期", en = "Expiring soon") EXPIRING_SOON,
    @Name(zh = "已过期", en = "Expired") EXPIRED,
    @Name(zh = "已撤销", en = "Revoked") REVOKED;

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
}
