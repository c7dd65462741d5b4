package cn.kjj.platform.contract;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionScope;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with a contract. A contract outside the reader's scope is "not
 * found" (404), so that its existence is not revealed; a contract in scope but an action the
 * reader's role may not take is "forbidden" (403).
 * <ul>
 * <li>ENTERPRISE: its own contracts (the seller is its enterprise), as owner.</li>
 * <li>OFFICIAL: contracts registered in its region or below, as official; it may also enter
 *     and submit one for an enterprise of its region, as owner.</li>
 * <li>ADMIN: every contract, as official; like an official it may enter one for an enterprise and
 *     then act on it as owner.</li>
 * <li>ANALYST: registered, revoked and cancelled contracts only, read-only, no attachments and no names of
 *     the people who acted.</li>
 * </ul>
 */
@Component
public class ContractAccess {

    /** Statuses an analyst may read: published registrations. */
    static final Set<ContractStatus> PUBLISHED = EnumSet.of(ContractStatus.REGISTERED, ContractStatus.REVOKED,
            ContractStatus.CANCELLED);

    private final RegionScope regions;

    ContractAccess(RegionScope regions) {
        this.regions = regions;
    }

    public boolean canRead(AccountPrincipal reader, TechnologyContract contract) {
        if (reader.has(Role.ADMIN)) {
            return true;
        }
        if (reader.has(Role.ENTERPRISE) && contract.getSellerId().equals(reader.enterpriseId())) {
            return true;
        }
        if (regions.isOwn(reader, contract.getSellerRegionCode())) {
            return true;
        }
        return reader.has(Role.ANALYST) && PUBLISHED.contains(contract.getStatus());
    }

    /** The contract if the reader may see it, else 404. */
    public TechnologyContract requireReadable(AccountPrincipal reader, TechnologyContract contract) {
        if (contract == null || !canRead(reader, contract)) {
            throw NotFoundException.of("contract", contract == null ? null : contract.getId());
        }
        return contract;
    }

    /** Attachments: the owner and the reviewers, never analysts (they may hold personal data). */
    public boolean canSeeAttachments(AccountPrincipal reader, TechnologyContract contract) {
        return isOwner(reader, contract) || isReviewer(reader, contract);
    }

    public boolean isOwner(AccountPrincipal actor, TechnologyContract contract) {
        if (actor.has(Role.ENTERPRISE) && contract.getSellerId().equals(actor.enterpriseId())) {
            return true;
        }
        // an official (or an administrator, who files as one) may act for an enterprise of its region
        // on a contract it entered itself
        return (actor.has(Role.OFFICIAL) || actor.has(Role.ADMIN)) && actor.id().equals(contract.getCreatedBy())
                && mayActFor(actor, contract.getSellerRegionCode());
    }

    public boolean isReviewer(AccountPrincipal actor, TechnologyContract contract) {
        return regions.canWrite(actor, contract.getSellerRegionCode());
    }

    /** Owner-side actions (edit, submit, upload) need the owner; 403 for other readers. */
    public ContractActor requireOwner(AccountPrincipal actor, TechnologyContract contract) {
        if (!isOwner(actor, contract)) {
            throw new AccessDeniedToRecordException("error.contract.ownerOnly",
                    "only the seller may change or submit contract " + contract.getId());
        }
        return ContractActor.owner(actor.id(), actor.displayName());
    }

    /** Decisions need an official in scope (or an administrator); 403 for other readers. */
    public ContractActor requireReviewer(AccountPrincipal actor, TechnologyContract contract) {
        if (!isReviewer(actor, contract)) {
            throw new AccessDeniedToRecordException("error.contract.officialOnly",
                    "only an official of the registering region may decide on contract " + contract.getId());
        }
        return ContractActor.official(actor.id(), actor.displayName());
    }

    /** Whether an official or administrator may enter contracts for an enterprise of this region. */
    public boolean mayActFor(AccountPrincipal actor, String enterpriseRegionCode) {
        return regions.canWrite(actor, enterpriseRegionCode);
    }

    /** The actions this reader may take on this contract now (for the portal's buttons). */
    public Set<ContractAction> availableActions(AccountPrincipal reader, TechnologyContract contract) {
        Set<ContractAction> actions = EnumSet.noneOf(ContractAction.class);
        if (isOwner(reader, contract)) {
            actions.addAll(ContractStateMachine.availableActions(contract.getStatus(), ActorKind.OWNER));
        }
        if (isReviewer(reader, contract)) {
            Set<ContractAction> official = ContractStateMachine.availableActions(contract.getStatus(), ActorKind.OFFICIAL);
            if (contract.getStatus() == ContractStatus.PENDING_SECOND_REVIEW
                    && reader.id().equals(contract.getFirstReviewerId())) {
                official.remove(ContractAction.REGISTER);
            }
            actions.addAll(official);
        }
        return actions;
    }
}
