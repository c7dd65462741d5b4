package cn.kjj.platform.sme;

import cn.kjj.platform.registry.RegistryRepository;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TechSmeRepository extends RegistryRepository<TechSme> {

    /** The registration of an enterprise in a year, if any (one at most: tech_sme_enterprise_year_key). */
    @Query("select s from TechSme s where s.details.enterpriseId = :enterprise and s.details.year = :year")
    List<TechSme> findOf(@Param("enterprise") Long enterpriseId, @Param("year") Integer year);

    /** The registration holding a number in a year, if any (tech_sme_registration_no_key). */
    @Query("select s from TechSme s where s.details.year = :year and s.details.registrationNo = :number")
    List<TechSme> findByNumber(@Param("year") Integer year, @Param("number") String registrationNo);

    /** Every year an enterprise was registered, latest first, for its page. */
    @Query("select s from TechSme s where s.details.enterpriseId = :enterprise order by s.details.year desc")
    List<TechSme> findByEnterprise(@Param("enterprise") Long enterpriseId);
}
