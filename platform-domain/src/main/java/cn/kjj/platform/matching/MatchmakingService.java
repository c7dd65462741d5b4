package cn.kjj.platform.matching;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.contract.ContractStatus;
import cn.kjj.platform.contract.TechnologyContract;
import cn.kjj.platform.contract.TechnologyContractRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officials record the meetings they broker between a demand of their region and an achievement,
 * and move the outcome on; a contract outcome names a registered contract that no other meeting
 * names. Each change is audited.
 */
@Service
public class MatchmakingService {

    private final MatchmakingRepository matchmakings;
    private final DemandRepository demands;
    private final AchievementRepository achievements;
    private final TechnologyContractRepository contracts;
    private final MatchmakingQueries queries;
    private final RegionScope scope;
    private final AuditLog audit;
    private final Clock clock;

    MatchmakingService(MatchmakingRepository matchmakings, DemandRepository demands,
                       AchievementRepository achievements, TechnologyContractRepository contracts,
                       MatchmakingQueries queries, RegionScope scope, AuditLog audit, Clock clock) {
        this.matchmakings = matchmakings;
        this.demands = demands;
        this.achievements = achievements;
        this.contracts = contracts;
        this.queries = queries;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public MatchmakingView record(AccountPrincipal actor, MatchmakingDetails details) {
        RegionScope.requireWriter(actor, "brokered meetings");
        MatchmakingDetails checked = checked(actor, details, null);
        Demand demand = demands.findById(checked.demandId()).orElseThrow();
        matchmakings.findByDemandIdAndAchievementId(checked.demandId(), checked.achievementId()).ifPresent(m -> {
            throw new ConflictException("error.matchmaking.duplicate",
                    "this demand and achievement already met: meeting " + m.getId(), m.getId());
        });
        Matchmaking made = matchmakings.saveAndFlush(new Matchmaking(checked, demand.getRegionCode(), clock.instant()));
        audit.record("matchmaking.create", "matchmaking", made.getId(), made.getRegionCode(), null, checked);
        return queries.view(made);
    }

    /** A later step of the same meeting (its demand and achievement stay); 412 when stale. */
    @Transactional
    public MatchmakingView update(AccountPrincipal actor, long id, MatchmakingDetails details, Long expectedVersion) {
        Matchmaking matchmaking = matchmakings.findById(id).filter(m -> scope.canRead(actor, m.getRegionCode()))
                .orElseThrow(() -> NotFoundException.of("matchmaking", id));
        RegionScope.requireWriter(actor, "brokered meetings");
        if (!scope.canWrite(actor, matchmaking.getRegionCode())) {
            throw NotFoundException.of("matchmaking", id);
        }
        if (expectedVersion != null) {
            matchmaking.requireVersion(expectedVersion);
        }
        MatchmakingDetails checked = checked(actor, details, matchmaking);
        MatchmakingDetails before = matchmaking.getDetails();
        if (!before.equals(checked)) {
            matchmaking.update(checked, clock.instant());
            matchmakings.saveAndFlush(matchmaking);
            audit.record("matchmaking.update", "matchmaking", id, matchmaking.getRegionCode(), before, checked);
        }
        return queries.view(matchmaking);
    }

    private MatchmakingDetails checked(AccountPrincipal actor, MatchmakingDetails details, Matchmaking existing) {
        MatchmakingDetails checked = details.validated();
        FieldErrors errors = new FieldErrors();
        if (existing != null && (!existing.getDemandId().equals(checked.demandId())
                || !existing.getAchievementId().equals(checked.achievementId()))) {
            errors.add("demandId", "error.matchmaking.pairFixed",
                    "a meeting keeps its demand and achievement; record a new one for another pair");
        }
        Demand demand = demands.findById(checked.demandId()).orElse(null);
        if (demand == null || !scope.canWrite(actor, demand.getRegionCode())) {
            errors.add("demandId", "error.matchmaking.demandUnknown", "no demand " + checked.demandId()
                    + " in your region");
        }
        if (!achievements.existsById(checked.achievementId())) {
            errors.add("achievementId", "error.matchmaking.achievementUnknown",
                    "no achievement " + checked.achievementId());
        }
        if (checked.contractId() != null) {
            checkContract(errors, actor, checked.contractId(), existing);
        }
        errors.throwIfAny();
        return checked;
    }

    private void checkContract(FieldErrors errors, AccountPrincipal actor, long contractId, Matchmaking existing) {
        TechnologyContract contract = contracts.findById(contractId).orElse(null);
        if (contract == null || !scope.canRead(actor, contract.getSellerRegionCode())
                && !scope.canRead(actor, contract.getBuyer().regionCode())) {
            errors.add("contractId", "error.matchmaking.contractUnknown", "no contract " + contractId
                    + " in your region");
        } else if (contract.getStatus() != ContractStatus.REGISTERED) {
            errors.add("contractId", "error.matchmaking.contractNotRegistered",
                    "contract " + contractId + " is not registered");
        } else {
            matchmakings.findByContractId(contractId).filter(m -> existing == null || !m.getId().equals(existing.getId()))
                    .ifPresent(m -> errors.add("contractId", "error.matchmaking.contractTaken",
                            "contract " + contractId + " already ends meeting " + m.getId()));
        }
    }
}
