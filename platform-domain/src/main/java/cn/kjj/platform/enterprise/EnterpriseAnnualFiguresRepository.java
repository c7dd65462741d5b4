package cn.kjj.platform.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnterpriseAnnualFiguresRepository extends JpaRepository<EnterpriseAnnualFigures, Long> {

    Optional<EnterpriseAnnualFigures> findByEnterpriseIdAndYear(Long enterpriseId, Integer year);

    List<EnterpriseAnnualFigures> findByEnterpriseIdOrderByYearDesc(Long enterpriseId);

    List<EnterpriseAnnualFigures> findByEnterpriseIdAndYearBetween(Long enterpriseId, Integer from, Integer to);

    List<EnterpriseAnnualFigures> findByEnterpriseIdInAndYearBetween(Collection<Long> enterpriseIds, Integer from,
                                                                      Integer to);
}
