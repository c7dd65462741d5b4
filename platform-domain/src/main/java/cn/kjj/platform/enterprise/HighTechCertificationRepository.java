package cn.kjj.platform.enterprise;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HighTechCertificationRepository extends JpaRepository<HighTechCertification, Long> {

    List<HighTechCertification> findByEnterpriseIdOrderByIssuedOnDesc(Long enterpriseId);

    boolean existsByCertificateNo(String certificateNo);
}
