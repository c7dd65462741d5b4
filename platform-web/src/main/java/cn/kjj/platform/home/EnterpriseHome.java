package cn.kjj.platform.home;

import cn.kjj.platform.contract.ContractStatus;
import cn.kjj.platform.contract.ContractSummary;
import cn.kjj.platform.enterprise.CertificationView;
import cn.kjj.platform.enterprise.HighTechApplicationView;
import cn.kjj.platform.program.ApplicationSummary;
import cn.kjj.platform.program.ReceivedAward;
import cn.kjj.platform.program.VoucherSummary;
import java.time.LocalDate;
import java.util.List;

/**
 * What an enterprise clerk sees first: the enterprise's contracts by where they stand, its
 * high-tech certificate and its high-tech applications, its awards, its program applications and where they
 * stand, its innovation vouchers, and what to do next.
 *
 * @param certification the newest certificate that is not revoked, or null
 * @param daysLeft      days until the certificate's last day (negative once expired); 0 without one
 * @param renewalDue    the certificate ends within the renewal window and has no successor yet
 */
public record EnterpriseHome(long enterpriseId, String enterpriseName, List<ContractGroup> groups,
                      CertificationView certification, long daysLeft, boolean renewalDue,
                      List<ReceivedAward> awards, List<NextStep> nextSteps,
                      List<ApplicationSummary> applications, List<HighTechApplicationView> highTechApplications,
                      List<VoucherSummary> vouchers) {

    /** Whether the enterprise has no contract at all yet. */
    public boolean noContracts() {
        return groups.stream().allMatch(g -> g.total() == 0);
    }

    /**
     * Contracts of some statuses, the first few of them.
     *
     * @param key      names the group in messages ({@code home.enterprise.group.<key>})
     * @param listPath the contract list narrowed to the group where the list can do so
     */
    public record ContractGroup(String key, List<ContractStatus> statuses, List<ContractSummary> contracts, long total,
                         String listPath) {

        public boolean hasMore() {
            return total > contracts.size();
        }
    }

    /**
     * One thing to do, most urgent first.
     *
     * @param kind  names the step in messages ({@code home.next.<kind>})
     * @param title what the step is about (a contract's title, a certificate number), or null
     * @param date  the date that matters (due date, expiry), or null
     */
    public record NextStep(String kind, String title, LocalDate date, String detail, String href) {
    }
}
