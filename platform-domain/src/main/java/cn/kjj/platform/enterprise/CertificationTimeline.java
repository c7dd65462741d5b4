package cn.kjj.platform.enterprise;

import cn.kjj.platform.common.ConflictException;
import java.util.Collection;

/**
 * How an enterprise's certificates may follow each other. Certificates that were revoked do
 * not count. The rules:
 * <ul>
 * <li>Two certificates of one enterprise may not be in force at the same time, with one
 *     exception: a renewal (重新认定) may be issued during the <em>last year</em> of the
 *     certificate it follows. Renewal certificates are issued in the final months of the old
 *     ones, so a few weeks of overlap are normal; the stock of high-tech enterprises counts
 *     enterprises, so the overlap never counts twice.</li>
 * <li>A renewal needs a certificate before it, issued earlier; without one it is an initial
 *     certification.</li>
 * <li>A gap after a certificate has ended is allowed for either kind: a firm may be certified
 *     again years later.</li>
 * </ul>
 * The rules look at issue dates, not at the order of entry, so that history can be entered
 * afterwards (an older certificate after a newer one).
 */
public final class CertificationTimeline {

    private CertificationTimeline() {
    }

    /** Refuses {@code candidate} (409) when it does not fit among the enterprise's {@code existing} certificates. */
    public static void requireFits(HighTechCertification candidate, Collection<HighTechCertification> existing) {
        boolean predecessor = false;
        for (HighTechCertification other : existing) {
            if (other.isRevoked() || other == candidate
                    || other.getId() != null && other.getId().equals(candidate.getId())) {
                continue;
            }
            if (other.getIssuedOn().isBefore(candidate.getIssuedOn())) {
                predecessor = true;
            }
            if (!mayFollow(other, candidate) && !mayFollow(candidate, other)) {
                throw new ConflictException("error.certification.overlaps",
                        "certificate " + candidate.getCertificateNo() + " would be in force together with "
                                + other.getCertificateNo() + " (" + other.getIssuedOn() + " to " + other.getExpiresOn()
                                + "); a renewal may only be issued in the last year of the certificate it follows",
                        other.getCertificateNo(), other.getIssuedOn(), other.getExpiresOn());
            }
        }
        if (candidate.getKind() == CertificationKind.RENEWAL && !predecessor) {
            throw new ConflictException("error.certification.nothingToRenew",
                    "a renewal needs an earlier certificate of the same enterprise; enter this one as initial");
        }
    }

    /** Whether {@code later} may come after {@code earlier}: after its end, or as a renewal in its last year. */
    static boolean mayFollow(HighTechCertification earlier, HighTechCertification later) {
        if (!later.getIssuedOn().isAfter(earlier.getIssuedOn())) {
            return false;
        }
        if (later.getIssuedOn().isAfter(earlier.getExpiresOn())) {
            return true;
        }
        return later.getKind() == CertificationKind.RENEWAL
                && later.getIssuedOn().isAfter(earlier.getExpiresOn().minusYears(1));
    }
}
