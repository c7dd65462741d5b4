package cn.kjj.platform.contract;

import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.region.RegionDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registered contracts by their verification token, for everyone (decision 0033). A token that is
 * malformed, unknown or (impossible by the schema) on a contract never registered finds nothing,
 * the same way: the caller cannot tell them apart.
 */
@Service
public class ContractVerifications {

    private final VerificationTokenRepository contracts;
    private final ContractHistoryRepository history;
    private final EnterpriseRepository enterprises;
    private final RegionDirectory regions;
    private final ContractChangeRepository changes;

    ContractVerifications(VerificationTokenRepository contracts, ContractHistoryRepository history,
                          EnterpriseRepository enterprises, RegionDirectory regions, ContractChangeRepository changes) {
        this.changes = changes;
        this.contracts = contracts;
        this.history = history;
        this.enterprises = enterprises;
        this.regions = regions;
    }

    @Transactional(readOnly = true)
    public Optional<ContractVerification> find(String token) {
        if (!VerificationToken.isWellFormed(token)) {
            return Optional.empty();
        }
        return contracts.findRegistered(token).map(this::verification);
    }

    /**
     * The token of a registered contract's certificate; empty for one never registered. A registered
     * contract written by another path than registration (an import, a hand-made row) gets its token
     * here, on its certificate's first download.
     */
    @Transactional
    public Optional<String> tokenOf(long contractId) {
        Optional<String> token = contracts.tokenOf(contractId);
        if (token.isPresent() || contracts.issue(contractId, VerificationToken.random()) == 0) {
            return token;
        }
        return contracts.tokenOf(contractId);
    }

    private ContractVerification verification(TechnologyContract c) {
        List<ContractHistoryEntry> steps = history.findByContractIdOrderByAtAscIdAsc(c.getId());
        // the day of the last step that moved the status: a change's or an objection's note does not (decision 0034)
        LocalDate since = steps.stream().filter(step -> step.getFromStatus() != step.getToStatus())
                .reduce((a, b) -> b).map(step -> ReviewClock.officeDate(step.getAt())).orElse(c.getRegisteredOn());
        // registered by its buyer, the seller is the one abroad (decision 0036)
        String seller = c.getAbroadSeller() != null ? c.getAbroadSeller().name()
                : enterprises.findById(c.getSellerId()).map(Enterprise::getName).orElse(null);
        PartyNature buyerNature = c.getBuyer().natureOrDefault();
        String buyer = buyerNature == PartyNature.INDIVIDUAL ? null : c.getBuyer().name();
        return new ContractVerification(c.getRegistrationNo(), c.getStatus(), since, c.getRegisteredOn(), c.getType(),
                seller, buyer, c.getContractAmount(), c.getTechTransactionAmount(),
                c.getSellerRegionCode(), regions.bureauName(c.getSellerRegionCode()), buyerNature,
                changes.findApplied(c.getId()).stream().map(ContractChange::getDecidedOn).reduce((a, b) -> b)
                        .orElse(null));
    }
}
