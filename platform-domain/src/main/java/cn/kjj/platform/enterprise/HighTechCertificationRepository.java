package cn.kjj.platform.enterprise;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface HighTechCertificationRepository
        extends JpaRepository<HighTechCertification, Long>, JpaSpecificationExecutor<HighTechCertification> {

    List<HighTechCertification> findByEnterpriseIdOrderByIssuedOnDesc(Long enterpriseId);

    /** The certifications of a page of enterprises, to say which of them are high-tech today. */
    List<HighTechCertification> findByEnterpriseIdIn(Collection<Long> enterpriseIds);

    /** Certificates of a kind issued in a period (the newly certified enterprises of a year: INITIAL). */
    List<HighTechCertification> findByKindAndIssuedOnBetween(CertificationKind kind, LocalDate from, LocalDate to);

    boolean existsByCertificateNo(String certificateNo);
}
