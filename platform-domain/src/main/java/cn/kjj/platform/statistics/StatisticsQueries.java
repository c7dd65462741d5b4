package cn.kjj.platform.statistics;

import cn.kjj.platform.account.Account;
import cn.kjj.platform.account.AccountRepository;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionLevel;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading regional statistics within the reader's scope: rows, one district-year, its revisions. */
@Service
public class StatisticsQueries {

    private final RegionalStatisticRepository statistics;
    private final RegionalStatisticRevisionRepository revisions;
    private final AccountRepository accounts;
    private final RegionScope scope;
    private final RegionDirectory regions;
    private final Clock clock;

    StatisticsQueries(RegionalStatisticRepository statistics, RegionalStatisticRevisionRepository revisions,
                      AccountRepository accounts, RegionScope scope, RegionDirectory regions, Clock clock) {
        this.statistics = statistics;
        this.revisions = revisions;
        this.accounts = accounts;
        this.scope = scope;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * The region the reader's statistics pages start from: the one asked for, else an official's
     * own; {@code null} means every region (administrators and analysts). Unknown is 404, and so is
     * a region outside an official's; 403 for a role that reads no statistics.
     */
    public String effectiveRegion(AccountPrincipal reader, String region) {
        String code = region == null || region.isBlank() ? null : regions.require(region.strip()).code();
        if (scope.readable(reader).isEmpty()) {
            throw new AccessDeniedToRecordException("error.access.denied", "regional statistics are not for this role");
        }
        if (code == null) {
            return reader.readsEveryRegion() ? null : reader.officialRegion();
        }
        if (!scope.canRead(reader, code)) {
            throw outOfScope(code);
        }
        return code;
    }

    static NotFoundException outOfScope(String regionCode) {
        return new NotFoundException("error.statistics.regionOutOfScope",
                "region " + regionCode + " is outside your region", regionCode);
    }

    /** The districts at or below the region ({@code null}: every district), by code. */
    public List<RegionView> districts(AccountPrincipal reader, String region) {
        String scope = effectiveRegion(reader, region);
        return scope == null
                ? regions.all().stream().filter(r -> r.level() == RegionLevel.DISTRICT).toList()
                : regions.districtsWithin(scope);
    }

    /**
     * The district of a page's address and a year it may hold figures for: outside the reader's
     * region 404, a city or a province 400, a year outside 1980..next year 400.
     */
    public RegionView district(AccountPrincipal reader, String regionCode, int year) {
        RegionView district = requireDistrict(effectiveRegion(reader, regionCode));
        StatisticYears.require("year", year, clock);
        return district;
    }

    /** A district by its code: an unknown region is 404, a city or a province 400 (their figures are sums). */
    RegionView requireDistrict(String regionCode) {
        RegionView region = regions.require(regionCode);
        if (region.level() != RegionLevel.DISTRICT) {
            throw InvalidInputException.forField("regionCode", "error.statistics.notDistrict",
                    "statistics are kept for districts; a " + region.level() + "'s figures are sums of its districts'");
        }
        return region;
    }

    /**
     * One row per district and year at or below {@code region} that has figures, by district then
     * year; {@code from} and {@code to} (years, both optional) bound the range.
     */
    @Transactional(readOnly = true)
    public List<StatisticView> rows(AccountPrincipal reader, String region, Integer from, Integer to) {
        FieldErrors errors = new FieldErrors();
        StatisticYears.check(errors, "from", from, clock);
        StatisticYears.check(errors, "to", to, clock);
        if (errors.isEmpty() && from != null && to != null && from > to) {
            errors.add("to", "error.year.rangeReversed", "must not be before from");
        }
        errors.throwIfAny();
        List<String> codes = districts(reader, region).stream().map(RegionView::code).toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        List<RegionalStatistic> found = statistics.findByRegionCodeInAndYearBetweenOrderByRegionCodeAscYearAsc(
                codes, from == null ? RegionalStatistic.MIN_YEAR : from,
                to == null ? StatisticYears.latest(clock) : to);
        Function<Long, Account> who = people(reader, found.stream().map(RegionalStatistic::getUpdatedBy));
        return found.stream().map(s -> StatisticView.of(s, who.apply(s.getUpdatedBy()))).toList();
    }

    /** The current figures of a district and year; 404 when none are recorded. */
    @Transactional(readOnly = true)
    public StatisticView get(AccountPrincipal reader, String regionCode, int year) {
        return view(reader, require(reader, regionCode, year));
    }

    /** The current figures of a district and year, none when none are recorded. */
    @Transactional(readOnly = true)
    public Optional<StatisticView> find(AccountPrincipal reader, String regionCode, int year) {
        return load(reader, regionCode, year).map(s -> view(reader, s));
    }

    /**
     * Every value recorded for a district and year, oldest first, the current one last. Who
     * recorded each is shown to officials and administrators, not to analysts.
     */
    @Transactional(readOnly = true)
    public List<StatisticRevisionView> revisions(AccountPrincipal reader, String regionCode, int year) {
        RegionalStatistic current = require(reader, regionCode, year);
        List<RegionalStatisticRevision> all = new ArrayList<>(
                revisions.findByRegionCodeAndYearOrderByRevisedAtAscIdAsc(current.getRegionCode(), year));
        all.add(current.asRevision());
        Function<Long, Account> who = people(reader, all.stream().map(RegionalStatisticRevision::getRevisedBy));
        return all.stream().map(r -> StatisticRevisionView.of(r, who.apply(r.getRevisedBy()),
                r == all.get(all.size() - 1))).toList();
    }

    /** The view of figures with who recorded them, if the reader may see it ({@code null}: the recorder). */
    StatisticView view(AccountPrincipal reader, RegionalStatistic s) {
        return StatisticView.of(s, people(reader, Stream.of(s.getUpdatedBy())).apply(s.getUpdatedBy()));
    }

    private Optional<RegionalStatistic> load(AccountPrincipal reader, String regionCode, int year) {
        return statistics.findByRegionCodeAndYear(effectiveRegion(reader, regions.require(regionCode).code()), year);
    }

    private RegionalStatistic require(AccountPrincipal reader, String regionCode, int year) {
        return load(reader, regionCode, year).orElseThrow(() -> new NotFoundException("error.statistics.notFound",
                "no statistics of " + regionCode + " for " + year, regionCode, year));
    }

    /**
     * The accounts that recorded figures, by id. Who recorded figures names a person: for
     * officials and administrators only ({@code null} reader: the recorder itself); none for others.
     */
    private Function<Long, Account> people(AccountPrincipal reader, Stream<Long> ids) {
        if (reader != null && !reader.has(Role.ADMIN) && !reader.has(Role.OFFICIAL)) {
            return id -> null;
        }
        Map<Long, Account> found = accounts.findAllById(ids.filter(Objects::nonNull).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Account::getId, Function.identity()));
        return id -> id == null ? null : found.get(id);
    }
}
