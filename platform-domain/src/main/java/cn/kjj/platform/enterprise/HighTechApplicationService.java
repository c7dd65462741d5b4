package cn.kjj.platform.enterprise;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.audit.AuditTrail;
import cn.kjj.platform.audit.RecordChange;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionLevel;
import cn.kjj.platform.region.RegionScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * High-tech applications per batch year (rules.md "High-tech enterprises"). The enterprise applies
 * for itself, or an official of its region for it; an official of its district recommends it (with
 * the innovation score) or returns it with a reason; an official of the city (or an administrator)
 * records the result: a pass enters the certificate ({@link CertificationService#certify}) in the
 * same transaction, a failure its reason. One application per enterprise and batch year (409); a
 * step out of order 409; an application of an enterprise outside the caller's scope 404; a step
 * the caller's role or level may not take 403. Each step is an audit event
 * ({@code high_tech_application.submit|recommend|return|pass|fail}).
 */
@Service
public class HighTechApplicationService {

    public static final String ENTITY = "high_tech_application";

    private final HighTechApplicationRepository applications;
    private final EnterpriseRepository enterprises;
    private final AnnualFiguresService figures;
    private final CertificationService certifications;
    private final HighTechCertificationRepository certificates;
    private final EnterpriseAccess access;
    private final RegionDirectory regions;
    private final AuditLog audit;
    private final AuditTrail trail;
    private final Clock clock;

    HighTechApplicationService(HighTechApplicationRepository applications, EnterpriseRepository enterprises,
                               AnnualFiguresService figures, CertificationService certifications,
                               HighTechCertificationRepository certificates, EnterpriseAccess access,
                               RegionDirectory regions, AuditLog audit, AuditTrail trail, Clock clock) {
        this.applications = applications;
        this.enterprises = enterprises;
        this.figures = figures;
        this.certifications = certifications;
        this.certificates = certificates;
        this.access = access;
        this.regions = regions;
        this.audit = audit;
        this.trail = trail;
        this.clock = clock;
    }

    /** The city's result: {@code passed} with the certificate's number and issue day (default today), or a reason. */
    public record Result(Boolean passed, String certificateNo, LocalDate issuedOn, String reason) {
    }

    @Transactional
    public HighTechApplicationView apply(AccountPrincipal actor, long enterpriseId, Integer batchYear) {
        Enterprise enterprise = figures.writable(actor, enterpriseId);
        LocalDate today = today();
        int year = batchYear == null ? today.getYear() : batchYear;
        if (applications.existsByEnterpriseIdAndBatchYear(enterpriseId, year)) {
            throw duplicate(enterpriseId, year);
        }
        HighTechApplication application;
        try {
            application = applications.saveAndFlush(new HighTechApplication(enterprise, year, today, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("high_tech_application_key")) {
                throw duplicate(enterpriseId, year);
            }
            throw e;
        }
        audit.record(ENTITY + ".submit", ENTITY, application.getId(), application.getRegionCode(), null,
                AuditState.of(application));
        return view(application, enterprise);
    }

    /** The district recommends the application, with the innovation score (optional, 0 to 100). */
    @Transactional
    public HighTechApplicationView recommend(AccountPrincipal actor, long id, BigDecimal innovationScore) {
        HighTechApplication application = load(actor, id);
        requireLevel(actor, application, RegionLevel.DISTRICT, "recommend or return");
        AuditState before = AuditState.of(application);
        application.recommend(innovationScore, today(), clock.instant());
        return saved(application, "recommend", before);
    }

    /** The district returns the application with a reason. */
    @Transactional
    public HighTechApplicationView giveBack(AccountPrincipal actor, long id, String reason) {
        HighTechApplication application = load(actor, id);
        requireLevel(actor, application, RegionLevel.DISTRICT, "recommend or return");
        AuditState before = AuditState.of(application);
        application.giveBack(reason, clock.instant());
        return saved(application, "return", before);
    }

    /** The city records the result of a recommended application; a pass enters the certificate. */
    @Transactional
    public HighTechApplicationView result(AccountPrincipal actor, long id, Result result) {
        HighTechApplication application = load(actor, id);
        requireLevel(actor, application, RegionLevel.CITY, "record the result of");
        application.require(HighTechApplicationStatus.RECOMMENDED, "result");
        if (result.passed() == null) {
            new FieldErrors().add("passed", "error.field.required", "is required").throwIfAny();
        }
        AuditState before = AuditState.of(application);
        LocalDate today = today();
        Long certificate = null;
        if (result.passed()) {
            long enterpriseId = application.getEnterpriseId();
            boolean renewal = certificates.findByEnterpriseIdOrderByIssuedOnDesc(enterpriseId).stream()
                    .anyMatch(c -> !c.isRevoked());
            certificate = certifications.certify(actor, enterpriseId, new NewCertification(result.certificateNo(),
                    renewal ? CertificationKind.RENEWAL : CertificationKind.INITIAL,
                    result.issuedOn() == null ? today : result.issuedOn(), null)).id();
        }
        application.decide(certificate, result.reason(), today, clock.instant());
        return saved(application, result.passed() ? "pass" : "fail", before);
    }

    @Transactional(readOnly = true)
    public HighTechApplicationView get(AccountPrincipal reader, long id) {
        HighTechApplication application = load(reader, id);
        return view(application, enterprises.findById(application.getEnterpriseId()).orElseThrow());
    }

    /** The enterprise's applications, newest batch first, without their conditions (404 when the reader does not see it). */
    @Transactional(readOnly = true)
    public List<HighTechApplicationView> ofEnterprise(AccountPrincipal reader, long enterpriseId) {
        Enterprise enterprise = figures.readable(reader, enterpriseId);
        return applications.findByEnterpriseIdOrderByBatchYearDesc(enterpriseId).stream()
                .map(a -> HighTechApplicationView.of(a, enterprise.getName(), null)).toList();
    }

    /** Applications the reader sees (an enterprise its own), in a region and below, of a batch year and status. */
    @Transactional(readOnly = true)
    public Page<HighTechApplicationView> search(AccountPrincipal reader, String region, Integer batchYear,
                                                HighTechApplicationStatus status, Pageable pageable) {
        if (!reader.actsForEnterprise()) {
            RegionScope.requireReader(reader);
        }
        EnterpriseAccess.Scope scope = access.scopeOf(reader);
        EnterpriseAccess.Where where = access.where(reader, region);
        // an enterprise account sees its own applications only
        Long own = scope.all() || !scope.regionCodes().isEmpty() ? null : scope.enterpriseId();
        Page<HighTechApplication> page = applications.search(where.every() || own != null, where.codes(), own,
                batchYear, status, pageable);
        Map<Long, Enterprise> names = enterprises.findAllById(page.getContent().stream()
                        .map(HighTechApplication::getEnterpriseId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Enterprise::getId, Function.identity()));
        return page.map(a -> HighTechApplicationView.of(a, names.get(a.getEnterpriseId()).getName(), null));
    }

    /** The application's steps, oldest first, for those who see the enterprise's history. */
    @Transactional(readOnly = true)
    public List<RecordChange> history(AccountPrincipal reader, long id) {
        HighTechApplication application = load(reader, id);
        Enterprise enterprise = enterprises.findById(application.getEnterpriseId()).orElseThrow();
        if (!access.canReadHistory(reader, enterprise)) {
            throw new AccessDeniedToRecordException("error.enterprise.historyForbidden",
                    "the history of enterprise " + enterprise.getId() + " names people");
        }
        return trail.of(ENTITY, id).stream().map(e -> RecordChange.of(ENTITY, id, e)).toList();
    }

    private HighTechApplicationView saved(HighTechApplication application, String step, AuditState before) {
        applications.saveAndFlush(application);
        audit.record(ENTITY + "." + step, ENTITY, application.getId(), application.getRegionCode(), before,
                AuditState.of(application));
        return view(application, enterprises.findById(application.getEnterpriseId()).orElseThrow());
    }

    private HighTechApplicationView view(HighTechApplication application, Enterprise enterprise) {
        return HighTechApplicationView.of(application, enterprise.getName(), figures.judge(enterprise,
                application.getBatchYear(), application.getInnovationScore(), application.getSubmittedOn()));
    }

    /** The application, if the reader sees its enterprise; else 404. */
    private HighTechApplication load(AccountPrincipal reader, long id) {
        HighTechApplication application = applications.findById(id)
                .orElseThrow(() -> NotFoundException.of(ENTITY, id));
        Enterprise enterprise = enterprises.findById(application.getEnterpriseId()).orElse(null);
        if (enterprise == null || !access.canRead(reader, enterprise)) {
            throw NotFoundException.of(ENTITY, id);
        }
        return application;
    }

    /**
     * Recommending needs an official of a district (the enterprise's: others do not see it), the
     * result an official of a city or province above it; administrators take either step; 403 otherwise.
     */
    private void requireLevel(AccountPrincipal actor, HighTechApplication application, RegionLevel level,
                              String step) {
        if (!mayAct(actor, application.getRegionCode(), level)) {
            throw new AccessDeniedToRecordException("error.highTechApplication.forbidden",
                    "only an official of the " + (level == RegionLevel.DISTRICT ? "district" : "city") + " may "
                            + step + " application " + application.getId());
        }
    }

    /** Whether the actor acts at {@code level} (district: recommend or return; city: the result) for the region. */
    private boolean mayAct(AccountPrincipal actor, String regionCode, RegionLevel level) {
        if (actor.has(Role.ADMIN)) {
            return true;
        }
        String own = actor.has(Role.OFFICIAL) ? actor.officialRegion() : null;
        boolean district = own != null && regions.require(own).level() == RegionLevel.DISTRICT;
        return own != null && regions.isWithin(regionCode, own) && (level == RegionLevel.DISTRICT) == district;
    }

    /** The steps the actor may take on the application now: {@code recommend} and {@code return}, or {@code result}. */
    public List<String> steps(AccountPrincipal actor, HighTechApplicationView application) {
        return switch (application.status()) {
            case SUBMITTED -> mayAct(actor, application.regionCode(), RegionLevel.DISTRICT)
                    ? List.of("recommend", "return") : List.of();
            case RECOMMENDED -> mayAct(actor, application.regionCode(), RegionLevel.CITY) ? List.of("result") : List.of();
            default -> List.of();
        };
    }

    private LocalDate today() {
        return EnterpriseRegistry.today(clock);
    }

    private static ConflictException duplicate(long enterpriseId, int year) {
        return new ConflictException("error.highTechApplication.duplicate",
                "enterprise " + enterpriseId + " has already applied in batch " + year, year);
    }

    /** What the audit trail keeps of an application. */
    record AuditState(int batchYear, HighTechApplicationStatus status, BigDecimal innovationScore, String reason,
                      Long certificationId) {
        static AuditState of(HighTechApplication a) {
            return new AuditState(a.getBatchYear(), a.getStatus(), a.getInnovationScore(), a.getReason(),
                    a.getCertificationId());
        }
    }
}
