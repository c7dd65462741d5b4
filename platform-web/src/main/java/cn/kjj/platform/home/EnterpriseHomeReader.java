package cn.kjj.platform.home;

import cn.kjj.platform.contract.ContractFilter;
import cn.kjj.platform.contract.ContractQueries;
import cn.kjj.platform.contract.ContractStatus;
import cn.kjj.platform.contract.ContractSummary;
import cn.kjj.platform.enterprise.CertificationView;
import cn.kjj.platform.enterprise.EnterpriseQueries;
import cn.kjj.platform.enterprise.HighTechApplicationService;
import cn.kjj.platform.enterprise.RenewalWindow;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.program.ProgramApplicationQueries;
import cn.kjj.platform.program.ReceivedAwards;
import cn.kjj.platform.program.VoucherQueries;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Gathers the enterprise home from the contract, enterprise and award queries, in the reader's scope. */
@Component
record EnterpriseHomeReader(ContractQueries contracts, EnterpriseQueries enterprises, ReceivedAwards awards,
                            ProgramApplicationQueries applications, HighTechApplicationService highTech,
                            VoucherQueries vouchers, Clock clock) {

    /** Rows shown per group; the group links to the full list. */
    static final int ROWS = 5;

    EnterpriseHome read(AccountPrincipal clerk) {
        long id = clerk.enterpriseId();
        String name = enterprises.get(clerk, id).name();
        List<EnterpriseHome.ContractGroup> groups = List.of(
                group(clerk, "action", Sort.Order.asc("id"), ContractStatus.RETURNED, ContractStatus.DRAFT),
                group(clerk, "awaiting", Sort.Order.asc("dueOn"), ContractStatus.SUBMITTED,
                        ContractStatus.PENDING_SECOND_REVIEW),
                group(clerk, "registered", Sort.Order.desc("registeredOn"), ContractStatus.REGISTERED),
                group(clerk, "closed", Sort.Order.desc("id"), ContractStatus.REJECTED, ContractStatus.REVOKED));
        LocalDate today = LocalDate.now(clock);
        CertificationView certification = enterprises.certifications(clerk, id).stream()
                .filter(c -> !c.revoked())
                .findFirst()
                .orElse(null);
        long daysLeft = certification == null ? 0 : ChronoUnit.DAYS.between(today, certification.expiresOn());
        boolean renewalDue = certification != null && !certification.renewed()
                && RenewalWindow.DEFAULT.contains(certification.expiresOn(), today);
        return new EnterpriseHome(id, name, groups, certification, daysLeft, renewalDue,
                awards.of(clerk, id), nextSteps(id, groups.get(0), certification, renewalDue, today),
                applications.mine(clerk), highTech.ofEnterprise(clerk, id), vouchers.ofEnterprise(clerk, id));
    }

    private EnterpriseHome.ContractGroup group(AccountPrincipal clerk, String key, Sort.Order order,
                                               ContractStatus... statuses) {
        List<ContractStatus> wanted = List.of(statuses);
        Page<ContractSummary> page = contracts.search(clerk, ContractFilter.none().withStatuses(wanted),
                PageRequest.of(0, ROWS, Sort.by(order, Sort.Order.desc("id"))));
        String listPath = wanted.size() == 1 ? "/contracts?status=" + wanted.get(0).name() : "/contracts";
        return new EnterpriseHome.ContractGroup(key, wanted, page.getContent(), page.getTotalElements(), listPath);
    }

    /** Returned contracts first (the clock of the correction runs), then drafts, renewal, a new filing. */
    private static List<EnterpriseHome.NextStep> nextSteps(long enterpriseId, EnterpriseHome.ContractGroup action,
                                                           CertificationView cert, boolean renewalDue,
                                                           LocalDate today) {
        List<EnterpriseHome.NextStep> steps = new ArrayList<>();
        for (ContractSummary c : action.contracts()) {
            if (c.status() == ContractStatus.RETURNED) {
                steps.add(new EnterpriseHome.NextStep("correct", c.title(), null, c.latestReason(),
                        "/contracts/" + c.id() + "/edit"));
            }
        }
        for (ContractSummary c : action.contracts()) {
            if (c.status() == ContractStatus.DRAFT) {
                steps.add(new EnterpriseHome.NextStep("submit", c.title(), null, null, "/contracts/" + c.id()));
            }
        }
        String enterprisePage = "/enterprises/" + enterpriseId;
        if (renewalDue) {
            steps.add(new EnterpriseHome.NextStep("renew", cert.certificateNo(), cert.expiresOn(), null,
                    enterprisePage));
        } else if (cert == null || cert.expiresOn().isBefore(today)) {
            steps.add(new EnterpriseHome.NextStep("certify", null, null, null, enterprisePage));
        }
        steps.add(new EnterpriseHome.NextStep("file", null, null, null, "/contracts/new"));
        return List.copyOf(steps);
    }
}
