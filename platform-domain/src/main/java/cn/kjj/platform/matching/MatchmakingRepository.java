package cn.kjj.platform.matching;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MatchmakingRepository extends JpaRepository<Matchmaking, Long> {

    Optional<Matchmaking> findByDemandIdAndAchievementId(Long demandId, Long achievementId);

    Optional<Matchmaking> findByContractId(Long contractId);

    List<Matchmaking> findByDemandIdOrderByMeetingOnDesc(Long demandId);

    /**
     * A page of meetings in the regions (every region when {@code every}) with the outcome (any when
     * {@code null}), latest first.
     */
    @Query("""
            select m from Matchmaking m where (:every = true or m.regionCode in :regions)
            and (:outcome is null or m.outcome = :outcome)
            order by m.meetingOn desc, m.id desc""")
    Page<Matchmaking> page(@Param("every") boolean every, @Param("regions") Collection<String> regions,
                           @Param("outcome") MatchOutcome outcome, Pageable pageable);
}
