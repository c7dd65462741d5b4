package cn.kjj.platform.contract;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.Regions;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The officials' queue of pending change and cancellation applications and open objections (decision 0034). */
@Service
public class ContractRequests {

    private final ContractChangeRepository changes;
    private final ContractObjectionRepository objections;
    private final TechnologyContractRepository contracts;
    private final RegionScope scope;

    ContractRequests(ContractChangeRepository changes, ContractObjectionRepository objections,
                     TechnologyContractRepository contracts, RegionScope scope) {
        this.changes = changes;
        this.objections = objections;
        this.contracts = contracts;
        this.scope = scope;
    }

    /** What waits for a decision, with the contract it is about. */
    public record Queue(List<Item<ContractChangeView>> changes, List<Item<ObjectionView>> objections) {
    }

    public record Item<T>(T request, long contractId, String registrationNo, String title) {
    }

    /** Those of the contracts the caller decides on: an official's region and below, every region for an administrator. */
    @Transactional(readOnly = true)
    public Queue queue(AccountPrincipal actor) {
        RegionScope.requireWriter(actor, "the queue of change applications and objections");
        Regions regions = actor.writesEveryRegion() ? Regions.EVERY : scope.own(actor);
        List<ContractChange> pending = regions.every() ? changes.findPendingEverywhere()
                : changes.findPendingIn(regions.codes());
        List<ContractObjection> open = regions.every() ? objections.findOpenEverywhere()
                : objections.findOpenIn(regions.codes());
        Map<Long, TechnologyContract> about = contracts.findAllById(
                java.util.stream.Stream.concat(pending.stream().map(ContractChange::getContractId),
                        open.stream().map(ContractObjection::getContractId)).distinct().toList())
                .stream().collect(Collectors.toMap(TechnologyContract::getId, Function.identity()));
        return new Queue(
                pending.stream().map(c -> item(ContractChangeView.of(c, true), about.get(c.getContractId()))).toList(),
                open.stream().map(o -> item(ObjectionView.of(o, about.get(o.getContractId()).getRegistrationNo(), true),
                        about.get(o.getContractId()))).toList());
    }

    private static <T> Item<T> item(T request, TechnologyContract c) {
        return new Item<>(request, c.getId(), c.getRegistrationNo(), c.getTitle());
    }
}
