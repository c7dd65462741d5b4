package cn.kjj.platform.matching;

import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.contract.TechnologyContract;
import cn.kjj.platform.contract.TechnologyContractRepository;
import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.Regions;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading brokered meetings, for the staff within their regions (others 403): each with its chain,
 * demand → achievement → contract → turnover.
 */
@Service
public class MatchmakingQueries {

    private final MatchmakingRepository matchmakings;
    private final DemandRepository demands;
    private final AchievementRepository achievements;
    private final EnterpriseRepository enterprises;
    private final TechnologyContractRepository contracts;
    private final RegionScope scope;

    MatchmakingQueries(MatchmakingRepository matchmakings, DemandRepository demands,
                       AchievementRepository achievements, EnterpriseRepository enterprises,
                       TechnologyContractRepository contracts, RegionScope scope) {
        this.matchmakings = matchmakings;
        this.demands = demands;
        this.achievements = achievements;
        this.enterprises = enterprises;
        this.contracts = contracts;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    public MatchmakingView get(AccountPrincipal reader, long id) {
        RegionScope.requireReader(reader);
        return matchmakings.findById(id).filter(m -> scope.canRead(reader, m.getRegionCode())).map(this::view)
                .orElseThrow(() -> NotFoundException.of("matchmaking", id));
    }

    /**
     * The meetings of the reader's regions (narrowed to {@code region}) that have got to {@code outcome}
     * (every outcome when {@code null}), latest first.
     */
    @Transactional(readOnly = true)
    public Page<MatchmakingView> search(AccountPrincipal reader, String region, MatchOutcome outcome,
                                        Pageable pageable) {
        RegionScope.requireReader(reader);
        Regions regions = scope.readable(reader).and(scope.filter(region));
        Set<String> codes = regions.codes().isEmpty() ? Set.of("-") : regions.codes();
        Page<Matchmaking> page = matchmakings.page(regions.every(), codes, outcome, pageable);
        return new PageImpl<>(views(page.getContent()), pageable, page.getTotalElements());
    }

    /** The meetings of one demand that the reader sees (the staff of its region), latest first. */
    @Transactional(readOnly = true)
    public List<MatchmakingView> ofDemand(AccountPrincipal reader, long demandId) {
        RegionScope.requireReader(reader);
        return views(matchmakings.findByDemandIdOrderByMeetingOnDesc(demandId).stream()
                .filter(m -> scope.canRead(reader, m.getRegionCode())).toList());
    }

    /**
     * The contract registered under {@code registrationNo}, for a form that names it so (the
     * service then checks that the official may read it and that it is registered); empty when none.
     */
    @Transactional(readOnly = true)
    public Optional<Long> contractRegisteredAs(String registrationNo) {
        if (registrationNo == null || registrationNo.isBlank()) {
            return Optional.empty();
        }
        return contracts.findByRegistrationNo(registrationNo.strip()).map(TechnologyContract::getId);
    }

    MatchmakingView view(Matchmaking m) {
        return views(List.of(m)).get(0);
    }

    private List<MatchmakingView> views(List<Matchmaking> list) {
        Map<Long, Demand> demandsById = byId(demands.findAllById(ids(list, Matchmaking::getDemandId)),
                Demand::getId);
        Map<Long, Achievement> achievementsById = byId(achievements.findAllById(
                ids(list, Matchmaking::getAchievementId)), Achievement::getId);
        Map<Long, TechnologyContract> contractsById = byId(contracts.findAllById(
                ids(list, Matchmaking::getContractId)), TechnologyContract::getId);
        Map<Long, Enterprise> enterprisesById = byId(enterprises.findAllById(demandsById.values().stream()
                .map(Demand::getEnterpriseId).distinct().toList()), Enterprise::getId);
        return list.stream().map(m -> {
            Demand d = demandsById.get(m.getDemandId());
            Achievement a = achievementsById.get(m.getAchievementId());
            TechnologyContract c = m.getContractId() == null ? null : contractsById.get(m.getContractId());
            Enterprise e = enterprisesById.get(d.getEnterpriseId());
            return new MatchmakingView(m.getId(), m.getRegionCode(), m.getMeetingOn(), m.getOutcome(), m.getNote(),
                    d.getId(), d.getTitle(), e.getId(), e.getName(), a.getId(), a.getTitle(), a.getHolder(),
                    c == null ? null : c.getId(), c == null ? null : c.getTitle(),
                    c == null ? null : c.getRegistrationNo(), c == null ? null : c.getStatus(),
                    c == null ? null : c.getRegisteredOn(), c == null ? null : c.getContractAmount(),
                    c == null ? null : c.getTechTransactionAmount(), m.getVersion());
        }).toList();
    }

    private static List<Long> ids(List<Matchmaking> list, Function<Matchmaking, Long> id) {
        return list.stream().map(id).filter(Objects::nonNull).distinct().toList();
    }

    private static <T> Map<Long, T> byId(List<T> found, Function<T, Long> id) {
        return found.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
