package cn.kjj.platform.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnterpriseAnnualFiguresRepository extends JpaRepository<EnterpriseAnnualFigures, Long> {

    Optional<EnterpriseAnnualFigures> findByEnterpriseIdAndYear(Long enterpriseId, Integer year);

    List<EnterpriseAnnualFigures> findByEnterpriseIdOrderByYearDesc(Long enterpriseId);

    List<EnterpriseAnnualFigures> findByEnterpriseIdAndYearBetween(Long enterpriseId, Integer from, Integer to);

    /** Figures of {@code year} of enterprises in the regions (all when {@code every}) without a certificate in force on {@code today}. */
    @org.springframework.data.jpa.repository.Query("""
            select f from EnterpriseAnnualFigures f, Enterprise e
            where e.id = f.enterpriseId and f.year = :year and (:every = true or e.regionCode in :regions)
              and not exists (select c.id from HighTechCertification c where c.enterpriseId = e.id
                              and c.issuedOn <= :today and c.expiresOn >= :today
                              and (c.revokedOn is null or c.revokedOn > :today))""")
    List<EnterpriseAnnualFigures> ofNotHighTech(@org.springframework.data.repository.query.Param("every") boolean every,
            @org.springframework.data.repository.query.Param("regions") Collection<String> regions,
            @org.springframework.data.repository.query.Param("year") int year,
            @org.springframework.data.repository.query.Param("today") java.time.LocalDate today);

    List<EnterpriseAnnualFigures> findByEnterpriseIdInAndYearBetween(Collection<Long> enterpriseIds, Integer from,
                                                                     Integer to);
}
