package cn.kjj.platform.imports;

import cn.kjj.platform.enterprise.CertificationKind;
import java.time.LocalDate;

/** A checked certificate row ready to be written, its enterprise resolved from the credit code. */
public record ImportedCertification(long enterpriseId, String certificateNo, CertificationKind kind, LocalDate issuedOn,
                               LocalDate expiresOn) {
}
