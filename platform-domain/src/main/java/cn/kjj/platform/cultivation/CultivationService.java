package cn.kjj.platform.cultivation;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.audit.AuditTrail;
import cn.kjj.platform.audit.RecordChange;
import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.enterprise.HighTechThresholds;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.Regions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cultivation ladder (decision 0045): each enterprise's tier per year, computed from its annual
 * figures, technology SME years, certificates and the officials' pool placements under the city's
 * {@link CultivationCriteria}; the placements themselves (reason required, audited).
 */
@Service
public class CultivationService {

    public static final String ENTITY = "cultivation_pool";
    /** The first year of the ladder: the national technology SME evaluation began in 2017. */
    public static final int FIRST_YEAR = 2017;

    private final CultivationStore store;
    private final CultivationCriteria criteria;
    private final HighTechThresholds thresholds;
    private final EnterpriseRepository enterprises;
    private final RegionScope scope;
    private final AuditLog audit;
    private final AuditTrail trail;
    private final Clock clock;

    CultivationService(CultivationStore store, CultivationCriteria criteria, HighTechThresholds thresholds,
                       EnterpriseRepository enterprises, RegionScope scope, AuditLog audit, AuditTrail trail,
                       Clock clock) {
        this.store = store;
        this.criteria = criteria;
        this.thresholds = thresholds;
        this.enterprises = enterprises;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
        this.trail = trail;
    }

    /** Last year: the latest year whose figures are complete, the list's default. */
    public int lastYear() {
        return today().getYear() - 1;
    }

    /**
     * The enterprises on the ladder in the reader's scope (narrowed to {@code region}: unknown or outside an
     * official's region is 404) in {@code year}, of {@code tier} when given; highest tier first, then by id.
     */
    @Transactional(readOnly = true)
    public Page<LadderStanding> list(AccountPrincipal reader, String region, Integer year, CultivationTier tier,
                                     Pageable page) {
        List<LadderStanding> all = standings(regionsOf(reader, region), checkedYear(year), tier);
        int from = (int) Math.min(page.getOffset(), all.size());
        int to = (int) Math.min(page.getOffset() + page.getPageSize(), all.size());
        return new PageImpl<>(all.subList(from, to), page, all.size());
    }

    /** The whole list, unpaged (exports). */
    @Transactional(readOnly = true)
    public List<LadderStanding> all(AccountPrincipal reader, String region, Integer year, CultivationTier tier) {
        return standings(regionsOf(reader, region), checkedYear(year), tier);
    }

    /** The enterprises on the ladder in these regions in a year (of one tier when given), highest tier first. */
    @Transactional(readOnly = true)
    public List<LadderStanding> standings(Regions regions, int year, CultivationTier tier) {
        List<LadderStanding> standings = new ArrayList<>();
        for (LadderStanding s : stand(regions, null, year, year).getOrDefault(year, List.of())) {
            if (tier == null || s.tier() == tier) {
                standings.add(s);
            }
        }
        standings.sort(Comparator.comparing(LadderStanding::tier).reversed()
                .thenComparingLong(LadderStanding::enterpriseId));
        return standings;
    }

    /** Per year of the range, how many enterprises stand on each tier (every tier present, 0 where none). */
    @Transactional(readOnly = true)
    public Map<Integer, Map<CultivationTier, Long>> counts(Regions regions, int from, int to) {
        Map<Integer, Map<CultivationTier, Long>> counts = new LinkedHashMap<>();
        Map<Integer, List<LadderStanding>> standings = stand(regions, null, from, to);
        for (int year = from; year <= to; year++) {
            Map<CultivationTier, Long> tiers = new EnumMap<>(CultivationTier.class);
            for (CultivationTier t : CultivationTier.values()) {
                tiers.put(t, 0L);
            }
            standings.getOrDefault(year, List.of()).forEach(s -> tiers.merge(s.tier(), 1L, Long::sum));
            counts.put(year, tiers);
        }
        return counts;
    }

    /** The enterprise's standing in each year from {@code from} to {@code to} (its ladder path); 404 out of scope. */
    @Transactional(readOnly = true)
    public List<LadderStanding> path(AccountPrincipal reader, long enterpriseId, int from, int to) {
        Enterprise enterprise = readable(reader, enterpriseId);
        List<LadderStanding> path = new ArrayList<>();
        stand(Regions.EVERY, enterprise.getId(), from, to).values().forEach(path::addAll);
        path.sort(Comparator.comparingInt(LadderStanding::year));
        return path;
    }

    /**
     * The standings on a rung of each year from {@code from} to {@code to}, by year: the facts of all the years
     * read at once (two queries), and only of the enterprises that can stand on a rung under the criteria.
     */
    private Map<Integer, List<LadderStanding>> stand(Regions regions, Long enterpriseId, int from, int to) {
        boolean figuresAlone = !criteria.poolRequiresTechSme() || !criteria.gazelleRequiresHighTech();
        Map<Integer, List<LadderStanding>> byYear = new LinkedHashMap<>();
        store.facts(regions, enterpriseId, from, to, criteria.yearsBack(), figuresAlone).forEach((year, facts) -> {
            List<LadderStanding> standings = new ArrayList<>();
            for (LadderFacts f : facts) {
                LadderStanding s = CultivationLadder.stand(year, f, criteria, thresholds);
                if (s.tier() != null) {
                    standings.add(s);
                }
            }
            byYear.put(year, standings);
        });
        return byYear;
    }

    /**
     * An official places an enterprise of the region in the pool for a year, with a reason: 400 without a
     * reason or with a year outside 2017 to next year, 404 for an enterprise the actor does not see, 403 for
     * read-only roles, 409 when it is already placed that year. Audited ({@code cultivation_pool.place}).
     */
    @Transactional
    public PoolPlacement place(AccountPrincipal actor, long enterpriseId, Integer year, String reason) {
        RegionScope.requireWriter(actor, "the cultivation pool");
        int y = checkedPlacement(year, reason);
        Enterprise enterprise = readable(actor, enterpriseId);
        if (!scope.canWrite(actor, enterprise.getRegionCode())) {
            throw NotFoundException.of("enterprise", enterpriseId);
        }
        PoolPlacement placement = new PoolPlacement(enterpriseId, y, enterprise.getRegionCode(), reason.strip(),
                today());
        if (store.placement(enterpriseId, y).isPresent() || !store.place(placement)) {
            throw new ConflictException("error.cultivation.placed", "enterprise " + enterpriseId
                    + " is already in the pool for " + y, enterpriseId, y);
        }
        audit.record(ENTITY + ".place", ENTITY, enterpriseId + "/" + y, enterprise.getRegionCode(), null, placement);
        return placement;
    }

    /** Takes an enterprise placed by hand out of the pool of a year, with a reason (404 when not placed). */
    @Transactional
    public void remove(AccountPrincipal actor, long enterpriseId, int year, String reason) {
        RegionScope.requireWriter(actor, "the cultivation pool");
        Enterprise enterprise = readable(actor, enterpriseId);
        if (!scope.canWrite(actor, enterprise.getRegionCode())) {
            throw NotFoundException.of("enterprise", enterpriseId);
        }
        checkedPlacement(year, reason);
        PoolPlacement placed = store.placement(enterpriseId, year)
                .orElseThrow(() -> NotFoundException.of(ENTITY, enterpriseId + "/" + year));
        store.remove(enterpriseId, year);
        audit.record(ENTITY + ".remove", ENTITY, enterpriseId + "/" + year, enterprise.getRegionCode(), placed,
                Map.of("reason", reason.strip()));
    }

    /** The placements and removals of an enterprise's year, oldest first. */
    @Transactional(readOnly = true)
    public List<RecordChange> history(AccountPrincipal reader, long enterpriseId, int year) {
        readable(reader, enterpriseId);
        String id = enterpriseId + "/" + year;
        return trail.of(ENTITY, id).stream().map(e -> RecordChange.of(ENTITY, id, e)).toList();
    }

    private int checkedPlacement(Integer year, String reason) {
        FieldErrors errors = new FieldErrors();
        errors.text("reason", reason, 1000, true);
        if (year == null) {
            errors.add("year", "error.field.required", "is required");
        } else if (year < FIRST_YEAR || year > today().getYear() + 1) {
            errors.add("year", "error.cultivation.year", "must be between 2017 and next year");
        }
        errors.throwIfAny();
        return year;
    }

    private int checkedYear(Integer year) {
        if (year == null) {
            return lastYear();
        }
        if (year < FIRST_YEAR || year > today().getYear() + 1) {
            throw cn.kjj.platform.common.InvalidInputException.forField("year", "error.cultivation.year",
                    "must be between 2017 and next year");
        }
        return year;
    }

    /** The reader's scope narrowed to {@code region}; 403 for enterprises, 404 for a region outside an official's. */
    private Regions regionsOf(AccountPrincipal reader, String region) {
        RegionScope.requireReader(reader);
        Regions asked = scope.filter(region);
        if (region != null && !region.isBlank() && !scope.canRead(reader, region.strip())) {
            throw new NotFoundException("error.region.notFound", "no region " + region.strip(), region.strip());
        }
        return scope.readable(reader).and(asked);
    }

    private Enterprise readable(AccountPrincipal reader, long enterpriseId) {
        Enterprise enterprise = enterprises.findById(enterpriseId).orElse(null);
        boolean own = reader.enterpriseId() != null && Objects.equals(reader.enterpriseId(), enterpriseId);
        if (enterprise == null || !(own || scope.canRead(reader, enterprise.getRegionCode()))) {
            throw NotFoundException.of("enterprise", enterpriseId);
        }
        return enterprise;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.BUREAU_ZONE));
    }
}
