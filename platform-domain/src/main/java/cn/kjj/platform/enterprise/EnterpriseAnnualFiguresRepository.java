package cn.kjj.platform.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnterpriseAnnualFiguresRepository extends JpaRepository<EnterpriseAnnualFigures, Long> {

    Optional<EnterpriseAnnualFigures> findByEnterpriseIdAndYear(Long enterpriseId, Integer year);

    List<EnterpriseAnnualFigures> findByEnterpriseIdOrderByYearDesc(Long enterpriseId);

    List<EnterpriseAnnualFigures> findByEnterpriseIdAndYearBetween(Long enterpriseId, Integer from, Integer to);

    /** One year's figures of an enterprise that may become a candidate, with what the judgement reads of it. */
    record CandidateFigures(long enterpriseId, String name, String regionCode, java.time.LocalDate foundedOn,
                            String industry, int year, AnnualFigures figures) {
    }

    /**
     * The figures of years {@code from}..{@code latest} of the enterprises in the regions (all when
     * {@code every}) that have figures of {@code latest} and no certificate in force on {@code today}:
     * one query, joined in the database (no list of ids, however many enterprises there are: PostgreSQL
     * takes at most 65,535 parameters), read as values rather than managed entities.
     */
    @org.springframework.data.jpa.repository.Query("""
            select new cn.kjj.platform.enterprise.EnterpriseAnnualFiguresRepository$CandidateFigures(
                       e.id, e.name, e.regionCode, e.foundedOn, e.industry, f.year, f.figures)
            from EnterpriseAnnualFigures f, Enterprise e
            where e.id = f.enterpriseId and f.year between :from and :latest
              and (:every = true or e.regionCode in :regions)
              and exists (select l.id from EnterpriseAnnualFigures l where l.enterpriseId = e.id and l.year = :latest)
              and not exists (select c.id from HighTechCertification c where c.enterpriseId = e.id
                              and c.issuedOn <= :today and c.expiresOn >= :today
                              and (c.revokedOn is null or c.revokedOn > :today))""")
    List<CandidateFigures> candidateFigures(@org.springframework.data.repository.query.Param("every") boolean every,
            @org.springframework.data.repository.query.Param("regions") Collection<String> regions,
            @org.springframework.data.repository.query.Param("from") int from,
            @org.springframework.data.repository.query.Param("latest") int latest,
            @org.springframework.data.repository.query.Param("today") java.time.LocalDate today);
}
