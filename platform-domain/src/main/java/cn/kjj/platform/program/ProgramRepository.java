package cn.kjj.platform.program;

import cn.kjj.platform.registry.RegistryRepository;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgramRepository extends RegistryRepository<Program> {

    /** The registry page: programs in any of {@code regionCodes}; a {@code null} kind or year means any. */
    @Query("""
            select p from Program p
            where p.details.regionCode in :regionCodes
              and (:kind is null or p.details.kind = :kind)
              and (:year is null or p.details.year = :year)""")
    Page<Program> search(@Param("regionCodes") Collection<String> regionCodes, @Param("kind") ProgramKind kind,
                         @Param("year") Integer year, Pageable pageable);

    /** Programs of the regions in the years {@code from}..{@code to} (program-funding indicator). */
    @Query("""
            select p from Program p where p.details.regionCode in :regionCodes
              and p.details.year between :from and :to order by p.details.year, p.id""")
    List<Program> findByRegionCodeInAndYearBetweenOrderByYearAscIdAsc(
            @Param("regionCodes") Collection<String> regionCodes, @Param("from") int from, @Param("to") int to);

    /** The program, locked until the transaction ends, so that two awards are booked one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Program p where p.id = :id")
    Optional<Program> findByIdForUpdate(@Param("id") Long id);

    /** The program of an application, locked until the transaction ends (an approval books on it). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Program p where p.id = (select a.programId from ProgramApplication a where a.id = :id)")
    Optional<Program> findByApplicationIdForUpdate(@Param("id") Long applicationId);
}
