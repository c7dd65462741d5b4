package cn.kjj.platform.enterprise;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.audit.AuditTrail;
import cn.kjj.platform.audit.RecordChange;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.common.PreconditionFailedException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual figures of enterprises: entered by the enterprise for itself or by an official of its
 * region (or an administrator), read by whoever reads the enterprise; one row per enterprise and
 * year. Each change writes an audit event ({@code annual_figures.create} or {@code .update}, id
 * {@code <enterpriseId>/<year>}) with the figures before and after, which is the figures' history.
 * The high-tech conditions are judged from them ({@link #judgement}).
 */
@Service
public class AnnualFiguresService {

    public static final String ENTITY = "annual_figures";
    public static final int FIRST_YEAR = 1980;

    private final EnterpriseRepository enterprises;
    private final EnterpriseAnnualFiguresRepository figures;
    private final EnterpriseAccess access;
    private final AuditLog audit;
    private final AuditTrail trail;
    private final HighTechThresholds thresholds;
    private final Clock clock;

    AnnualFiguresService(EnterpriseRepository enterprises, EnterpriseAnnualFiguresRepository figures,
                         EnterpriseAccess access, AuditLog audit, AuditTrail trail, HighTechThresholds thresholds,
                         Clock clock) {
        this.enterprises = enterprises;
        this.figures = figures;
        this.access = access;
        this.audit = audit;
        this.trail = trail;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    /** A recording's outcome: the figures as kept and whether they were new. */
    public record Recorded(AnnualFiguresView figures, boolean created) {
    }

    /**
     * Records or revises the figures of an enterprise and year (a year after this one is 400). An
     * enterprise the actor does not see is 404; one the actor sees but may not change (an analyst,
     * another enterprise) 403; a stale {@code expectedVersion} 412. The same figures again change nothing.
     */
    @Transactional
    public Recorded record(AccountPrincipal actor, long enterpriseId, int year, AnnualFigures entered,
                           Long expectedVersion) {
        Enterprise enterprise = writable(actor, enterpriseId);
        requireYear(year);
        AnnualFigures checked = entered.validated();
        String key = key(enterpriseId, year);
        Optional<EnterpriseAnnualFigures> existing = figures.findByEnterpriseIdAndYear(enterpriseId, year);
        if (existing.isEmpty()) {
            EnterpriseAnnualFigures created = figures.saveAndFlush(
                    new EnterpriseAnnualFigures(enterpriseId, year, checked, clock.instant()));
            audit.record(ENTITY + ".create", ENTITY, key, enterprise.getRegionCode(), null, checked);
            return new Recorded(AnnualFiguresView.of(created), true);
        }
        EnterpriseAnnualFigures row = existing.get();
        if (expectedVersion != null && expectedVersion != row.getVersion()) {
            throw new PreconditionFailedException(ENTITY, key, expectedVersion, row.getVersion());
        }
        AnnualFigures before = row.getFigures();
        if (row.revise(checked, clock.instant())) {
            figures.saveAndFlush(row);
            audit.record(ENTITY + ".update", ENTITY, key, enterprise.getRegionCode(), before, row.getFigures());
        }
        return new Recorded(AnnualFiguresView.of(row), false);
    }

    /**
     * Records many enterprises' figures at once (the import, whose rows were checked against the
     * importer's region): each is created or revised as {@link #record} would, with its audit event.
     *
     * @return how many were created and how many revised
     */
    @Transactional
    public int[] recordAll(java.util.List<YearFigures> rows) {
        int created = 0;
        int revised = 0;
        for (YearFigures row : rows) {
            requireYear(row.year());
            String key = key(row.enterpriseId(), row.year());
            Optional<EnterpriseAnnualFigures> existing = figures.findByEnterpriseIdAndYear(row.enterpriseId(), row.year());
            if (existing.isEmpty()) {
                figures.save(new EnterpriseAnnualFigures(row.enterpriseId(), row.year(), row.figures(), clock.instant()));
                audit.record(ENTITY + ".create", ENTITY, key, row.regionCode(), null, row.figures().validated());
                created++;
            } else {
                AnnualFigures before = existing.get().getFigures();
                if (existing.get().revise(row.figures(), clock.instant())) {
                    audit.record(ENTITY + ".update", ENTITY, key, row.regionCode(), before,
                            existing.get().getFigures());
                    revised++;
                }
            }
        }
        figures.flush();
        return new int[] {created, revised};
    }

    /** The figures of one year; 404 when there are none (or the enterprise is not the reader's to see). */
    @Transactional(readOnly = true)
    public AnnualFiguresView get(AccountPrincipal reader, long enterpriseId, int year) {
        readable(reader, enterpriseId);
        return figures.findByEnterpriseIdAndYear(enterpriseId, year).map(AnnualFiguresView::of)
                .orElseThrow(() -> NotFoundException.of(ENTITY, key(enterpriseId, year)));
    }

    /** Every year's figures of the enterprise, newest first. */
    @Transactional(readOnly = true)
    public List<AnnualFiguresView> list(AccountPrincipal reader, long enterpriseId) {
        readable(reader, enterpriseId);
        return figures.findByEnterpriseIdOrderByYearDesc(enterpriseId).stream().map(AnnualFiguresView::of).toList();
    }

    /** The changes of one year's figures, oldest first: for those who see the enterprise's history. */
    @Transactional(readOnly = true)
    public List<RecordChange> history(AccountPrincipal reader, long enterpriseId, int year) {
        Enterprise enterprise = readable(reader, enterpriseId);
        if (!access.canReadHistory(reader, enterprise)) {
            throw new AccessDeniedToRecordException("error.enterprise.historyForbidden",
                    "the history of enterprise " + enterpriseId + " names people");
        }
        String key = key(enterpriseId, year);
        return trail.of(ENTITY, key).stream().map(e -> RecordChange.of(ENTITY, key, e)).toList();
    }

    /**
     * The high-tech conditions of the enterprise for {@code batchYear} (default: this year), judged
     * from the figures of the three years before it, as of today; no innovation score (officials
     * enter it on an application).
     */
    @Transactional(readOnly = true)
    public HighTechJudgement judgement(AccountPrincipal reader, long enterpriseId, Integer batchYear) {
        Enterprise enterprise = readable(reader, enterpriseId);
        LocalDate today = EnterpriseRegistry.today(clock);
        return judge(enterprise, batchYear == null ? today.getYear() : batchYear, null, today);
    }

    /** The conditions of an enterprise for a batch year with the score entered, as of a day (no access check). */
    HighTechJudgement judge(Enterprise enterprise, int batchYear, BigDecimal score, LocalDate asOf) {
        Map<Integer, AnnualFigures> byYear = figures.findByEnterpriseIdAndYearBetween(enterprise.getId(),
                        batchYear - 3, batchYear - 1).stream()
                .collect(Collectors.toMap(EnterpriseAnnualFigures::getYear, EnterpriseAnnualFigures::getFigures));
        return HighTechJudgement.judge(batchYear, enterprise.getFoundedOn(), enterprise.getIndustry(), byYear, score,
                asOf, thresholds);
    }

    /** Whether the reader may enter the enterprise's figures and apply for it (404 when it does not see it). */
    @Transactional(readOnly = true)
    public boolean canEnter(AccountPrincipal reader, long enterpriseId) {
        Enterprise enterprise = readable(reader, enterpriseId);
        return actsFor(reader, enterprise) || access.canWrite(reader, enterprise.getRegionCode());
    }

    /** The enterprise, if the reader sees it; else 404. */
    Enterprise readable(AccountPrincipal reader, long enterpriseId) {
        return access.requireReadable(reader, enterprises.findById(enterpriseId).orElse(null), enterpriseId);
    }

    /** The enterprise, if the actor may enter its figures: the enterprise itself, or who may change it. */
    Enterprise writable(AccountPrincipal actor, long enterpriseId) {
        Enterprise enterprise = readable(actor, enterpriseId);
        if (!actsFor(actor, enterprise)) {
            access.requireWritable(actor, enterprise);
        }
        return enterprise;
    }

    static boolean actsFor(AccountPrincipal actor, Enterprise enterprise) {
        return actor.has(Role.ENTERPRISE) && enterprise.getId().equals(actor.enterpriseId());
    }

    private void requireYear(int year) {
        int thisYear = EnterpriseRegistry.today(clock).getYear();
        if (year < FIRST_YEAR || year > thisYear) {
            throw InvalidInputException.forField("year", "error.year.outOfRange",
                    "must be between " + FIRST_YEAR + " and " + thisYear);
        }
    }

    static String key(long enterpriseId, int year) {
        return enterpriseId + "/" + year;
    }
}
