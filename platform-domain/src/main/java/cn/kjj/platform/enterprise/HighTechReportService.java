package cn.kjj.platform.enterprise;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionScope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * High-tech enterprises' annual reports: the enterprise files each year's report from its annual
 * figures of that year (409 without them, or without a certificate in force that year); officials
 * see who has not reported by 31 May of the next year, and who missed the year before too.
 */
@Service
public class HighTechReportService {

    public static final String ENTITY = "high_tech_report";
    /** The day of the next year a report is due by (inclusive). */
    public static final MonthDay DUE = MonthDay.of(5, 31);

    private final HighTechReportRepository reports;
    private final EnterpriseAnnualFiguresRepository figures;
    private final HighTechCertificationRepository certificates;
    private final AnnualFiguresService figuresService;
    private final EnterpriseAccess access;
    private final AuditLog audit;
    private final Clock clock;

    HighTechReportService(HighTechReportRepository reports, EnterpriseAnnualFiguresRepository figures,
                          HighTechCertificationRepository certificates, AnnualFiguresService figuresService,
                          EnterpriseAccess access, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.figures = figures;
        this.certificates = certificates;
        this.figuresService = figuresService;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A filed report: the year, the day filed and whether it was filed in time. */
    public record FiledReport(long enterpriseId, int year, LocalDate filedOn, boolean inTime,
                              AnnualFiguresView figures) {
    }

    /** Files the report of a year (the enterprise itself only; 403 for others); filing again answers the first. */
    @Transactional
    public FiledReport file(AccountPrincipal actor, long enterpriseId, int year) {
        Enterprise enterprise = figuresService.readable(actor, enterpriseId);
        if (!AnnualFiguresService.actsFor(actor, enterprise)) {
            throw new cn.kjj.platform.common.AccessDeniedToRecordException("error.highTechReport.forbidden",
                    "only the enterprise files its annual report");
        }
        EnterpriseAnnualFigures row = figures.findByEnterpriseIdAndYear(enterpriseId, year)
                .orElseThrow(() -> new ConflictException("error.highTechReport.noFigures",
                        "enter the annual figures of " + year + " first", year));
        HighTechReport existing = reports.findById(new HighTechReport.Key(enterpriseId, year)).orElse(null);
        if (existing != null) {
            return filed(existing, row);
        }
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        boolean certified = certificates.findByEnterpriseIdOrderByIssuedOnDesc(enterpriseId).stream()
                .anyMatch(c -> !c.getIssuedOn().isAfter(end) && !c.getExpiresOn().isBefore(start)
                        && (c.getRevokedOn() == null || c.getRevokedOn().isAfter(end)));
        if (!certified) {
            throw new ConflictException("error.highTechReport.notCertified",
                    "enterprise " + enterpriseId + " held no high-tech certificate in " + year, year);
        }
        HighTechReport report = reports.saveAndFlush(new HighTechReport(enterpriseId, year, row.getId(),
                EnterpriseRegistry.today(clock), clock.instant()));
        audit.record(ENTITY + ".file", ENTITY, AnnualFiguresService.key(enterpriseId, year),
                enterprise.getRegionCode(), null, java.util.Map.of("year", year, "filedOn", report.getFiledOn()));
        return filed(report, row);
    }

    /** A filed report as the enterprise's page lists it: the year, the day filed and whether in time. */
    public record ReportFiled(int year, LocalDate filedOn, boolean inTime) {
    }

    /** The enterprise's filed reports, newest year first (404 when the reader does not see the enterprise). */
    @Transactional(readOnly = true)
    public List<ReportFiled> ofEnterprise(AccountPrincipal reader, long enterpriseId) {
        figuresService.readable(reader, enterpriseId);
        return reports.findByEnterpriseIdOrderByYearDesc(enterpriseId).stream()
                .map(r -> new ReportFiled(r.getYear(), r.getFiledOn(),
                        !r.getFiledOn().isAfter(DUE.atYear(r.getYear() + 1)))).toList();
    }

    /** Whether the reader files the enterprise's reports: the enterprise itself only. */
    @Transactional(readOnly = true)
    public boolean canFile(AccountPrincipal reader, long enterpriseId) {
        return AnnualFiguresService.actsFor(reader, figuresService.readable(reader, enterpriseId));
    }

    /**
     * High-tech enterprises of the reader's scope (in {@code region} and below when given) whose
     * report of {@code year} was not filed by 31 May of {@code year + 1}; {@code missedTwoYears}
     * marks those whose report of the year before is missing too. Officials, analysts and administrators.
     */
    @Transactional(readOnly = true)
    public List<MissingReport> missing(AccountPrincipal reader, String region, int year) {
        if (reader.has(Role.ENTERPRISE) && !reader.readsEveryRegion() && reader.officialRegion() == null) {
            throw new cn.kjj.platform.common.AccessDeniedToRecordException("error.highTechReport.forbidden",
                    "the missing reports are for officials");
        }
        RegionScope.requireReader(reader);
        EnterpriseAccess.Where scope = access.where(reader, region);
        boolean every = scope.every();
        Set<String> where = scope.codes();
        Set<Long> before = missing(every, where, year - 1).stream().map(row -> (Long) row[0])
                .collect(Collectors.toSet());
        return missing(every, where, year).stream().map(row -> new MissingReport((Long) row[0], (String) row[1],
                (String) row[2], year, before.contains((Long) row[0]))).toList();
    }

    private List<Object[]> missing(boolean every, Set<String> where, int year) {
        return reports.missing(every, where, year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                DUE.atYear(year + 1));
    }

    /** The year whose reports fell due this year. */
    public int lastYear() {
        return EnterpriseRegistry.today(clock).getYear() - 1;
    }

    private static FiledReport filed(HighTechReport report, EnterpriseAnnualFigures row) {
        return new FiledReport(report.getEnterpriseId(), report.getYear(), report.getFiledOn(),
                !report.getFiledOn().isAfter(DUE.atYear(report.getYear() + 1)), AnnualFiguresView.of(row));
    }
}
