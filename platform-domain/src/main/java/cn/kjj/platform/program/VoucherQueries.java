package cn.kjj.platform.program;

import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.enterprise.EnterpriseReferences;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.Regions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading vouchers: one with its steps, the lists of the office and an enterprise's own, a program's figures. */
@Service
public class VoucherQueries {

    private final VoucherRepository vouchers;
    private final VoucherHistoryRepository history;
    private final ProgramRepository programs;
    private final EnterpriseReferences enterprises;
    private final RegionScope scope;
    private final VoucherAccess access;
    private final Clock clock;

    VoucherQueries(VoucherRepository vouchers, VoucherHistoryRepository history, ProgramRepository programs,
                   EnterpriseReferences enterprises, RegionScope scope, Clock clock) {
        this.vouchers = vouchers;
        this.history = history;
        this.programs = programs;
        this.enterprises = enterprises;
        this.scope = scope;
        this.access = new VoucherAccess(programs, scope);
        this.clock = clock;
    }

    /** One voucher the reader may see (404 otherwise), with its steps and the steps the reader may take now. */
    @Transactional(readOnly = true)
    public VoucherView get(AccountPrincipal reader, long id) {
        VoucherAccess.Loaded loaded = access.readable(reader, vouchers.findById(id).orElse(null), id);
        InnovationVoucher v = loaded.voucher();
        VoucherStatus status = v.statusOn(today());
        boolean office = access.isOffice(reader, loaded.program());
        boolean holder = VoucherAccess.isHolder(reader, v);
        List<VoucherAction> actions = Arrays.stream(VoucherAction.values())
                .filter(a -> a.allowedFrom(status))
                .filter(a -> office || a == VoucherAction.REDEEM && holder)
                .toList();
        EnterpriseReferences.Reference e = enterprises.byId(List.of(v.getEnterpriseId())).get(v.getEnterpriseId());
        return new VoucherView(v.getId(), v.getProgramId(), loaded.program().getName(),
                loaded.program().getRegionCode(), v.getEnterpriseId(), e == null ? null : e.name(), v.getAmount(),
                v.getIssuedOn(), v.getValidTo(), status, v.getProviderName(), v.getProviderCreditCode(),
                v.getRedeemedAmount(), v.getRedeemedOn(), v.getContractId(), v.getPaidAmount(), v.getPaidOn(),
                v.getReleasedAmount(), v.getReleasedOn(),
                history.findByVoucherIdOrderByAtAscIdAsc(id).stream().map(VoucherView.StepView::of).toList(),
                actions, v.getCreatedAt(), v.getUpdatedAt(), v.getVersion());
    }

    /**
     * Vouchers the reader sees: the staff those of programs in their scope (narrowed to {@code region} and
     * below when given: unknown is 404), an enterprise its own; of a program and in a status when given.
     */
    @Transactional(readOnly = true)
    public Page<VoucherSummary> list(AccountPrincipal reader, String region, Long programId, VoucherStatus status,
                                     Pageable pageable) {
        Regions regions;
        Long enterpriseId = null;
        if (reader.keepsRecords() || reader.readsEveryRegion()) {
            regions = scope.readable(reader).and(scope.filter(region));
        } else if (reader.actsForEnterprise() && reader.enterpriseId() != null) {
            regions = scope.filter(region);
            enterpriseId = reader.enterpriseId();
        } else {
            throw new AccessDeniedToRecordException("error.access.denied", "no vouchers for this account");
        }
        VoucherStatus stored = status == VoucherStatus.EXPIRED ? VoucherStatus.ISSUED : status;
        Boolean expired = status == VoucherStatus.EXPIRED ? Boolean.TRUE
                : status == VoucherStatus.ISSUED ? Boolean.FALSE : null;
        Page<InnovationVoucher> page = vouchers.search(regions.every(),
                regions.codes().isEmpty() ? Set.of("") : regions.codes(), programId, enterpriseId, stored, expired,
                today(), pageable);
        return summaries(page);
    }

    /** An enterprise's vouchers the reader sees, newest first (its own clerks all of them, the staff in scope). */
    @Transactional(readOnly = true)
    public List<VoucherSummary> ofEnterprise(AccountPrincipal reader, long enterpriseId) {
        List<InnovationVoucher> found = vouchers.findByEnterpriseIdOrderByIssuedOnDescIdDesc(enterpriseId);
        Map<Long, Program> byId = programsOf(found);
        List<InnovationVoucher> visible = found.stream()
                .filter(v -> access.canRead(reader, v, byId.get(v.getProgramId()))).toList();
        Map<Long, EnterpriseReferences.Reference> names = enterprises.byId(List.of(enterpriseId));
        LocalDate today = today();
        return visible.stream().map(v -> summary(v, byId.get(v.getProgramId()), names, today)).toList();
    }

    /** What a program's vouchers add up to, as of today. */
    @Transactional(readOnly = true)
    public VoucherFigures figures(long programId) {
        LocalDate today = today();
        List<InnovationVoucher> found = vouchers.findByProgramId(programId);
        List<InnovationVoucher> redeemed = found.stream().filter(v -> v.getRedeemedAmount() != null).toList();
        List<InnovationVoucher> paid = found.stream().filter(v -> v.getPaidAmount() != null).toList();
        List<InnovationVoucher> expired = found.stream().filter(v -> v.statusOn(today) == VoucherStatus.EXPIRED)
                .toList();
        List<InnovationVoucher> released = found.stream().filter(v -> v.getReleasedAmount() != null).toList();
        return new VoucherFigures(found.size(), sum(found, InnovationVoucher::getAmount), redeemed.size(),
                sum(redeemed, InnovationVoucher::getRedeemedAmount), paid.size(),
                sum(paid, InnovationVoucher::getPaidAmount), expired.size(),
                sum(expired, InnovationVoucher::getAmount), released.size(),
                sum(released, InnovationVoucher::getReleasedAmount));
    }

    private static BigDecimal sum(List<InnovationVoucher> vouchers, Function<InnovationVoucher, BigDecimal> amount) {
        return vouchers.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private Page<VoucherSummary> summaries(Page<InnovationVoucher> page) {
        Map<Long, Program> byId = programsOf(page.getContent());
        Map<Long, EnterpriseReferences.Reference> names = enterprises.byId(
                page.stream().map(InnovationVoucher::getEnterpriseId).distinct().toList());
        LocalDate today = today();
        return page.map(v -> summary(v, byId.get(v.getProgramId()), names, today));
    }

    private Map<Long, Program> programsOf(List<InnovationVoucher> found) {
        return programs.findAllById(found.stream().map(InnovationVoucher::getProgramId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Program::getId, Function.identity()));
    }

    private static VoucherSummary summary(InnovationVoucher v, Program p,
                                          Map<Long, EnterpriseReferences.Reference> names, LocalDate today) {
        EnterpriseReferences.Reference e = names.get(v.getEnterpriseId());
        return new VoucherSummary(v.getId(), v.getProgramId(), p.getName(), p.getRegionCode(), v.getEnterpriseId(),
                e == null ? null : e.name(), v.getAmount(), v.getIssuedOn(), v.getValidTo(), v.statusOn(today),
                v.getProviderName(), v.getRedeemedAmount(), v.getPaidAmount());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.BUREAU_ZONE));
    }
}
