package cn.kjj.platform.enterprise;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HighTechReportRepository extends JpaRepository<HighTechReport, HighTechReport.Key> {

    /**
     * Enterprises in the regions given (all when {@code every}) with a certificate in force at some
     * time of {@code year} (not revoked before its end) and no report of that year filed by {@code due}:
     * their id, name and region code.
     */
    @Query("""
            select e.id, e.name, e.regionCode
            from Enterprise e
            where (:every = true or e.regionCode in :regions)
              and exists (select c.id from HighTechCertification c where c.enterpriseId = e.id
                          and c.issuedOn <= :yearEnd and c.expiresOn >= :yearStart
                          and (c.revokedOn is null or c.revokedOn > :yearEnd))
              and not exists (select r.year from HighTechReport r where r.enterpriseId = e.id and r.year = :year
                              and r.filedOn <= :due)
            order by e.id""")
    List<Object[]> missing(@Param("every") boolean every, @Param("regions") Collection<String> regions,
                                @Param("year") int year, @Param("yearStart") LocalDate yearStart,
                                @Param("yearEnd") LocalDate yearEnd, @Param("due") LocalDate due);

    /** The enterprise's reports, newest year first. */
    List<HighTechReport> findByEnterpriseIdOrderByYearDesc(Long enterpriseId);
}
