package cn.kjj.platform.statistics;

import cn.kjj.platform.account.Account;
import cn.kjj.platform.account.AccountRepository;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionLevel;
import cn.kjj.platform.region.RegionScope;
import cn.kjj.platform.region.RegionView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
     * a region outside an official's.
     */
    public String effectiveRegion(AccountPrincipal reader, String region) {
        if (region == null || region.isBlank()) {
            requireReader(reader);
            return reader.readsEveryRegion() ? null : reader.officialRegion();
        }
        return requireReadable(reader, regions.require(region.strip()).code());
    }

    /** {@code regionCode} if the reader may see it, else 404; 403 for a role that reads no statistics. */
    String requireReadable(AccountPrincipal reader, String regionCode) {
        requireReader(reader);
        if (!scope.canRead(reader, regionCode)) {
            throw outOfScope(regionCode);
        }
        return regionCode;
    }

    private void requireReader(AccountPrincipal reader) {
        if (scope.readable(reader).isEmpty()) {
            throw new AccessDeniedToRecordException("error.access.denied", "regional statistics are not for this role");
        }
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
        Map<Long, Account> who = showsPeople(reader)
                ? accountsOf(found.stream().map(RegionalStatistic::getUpdatedBy)) : Map.of();
        return found.stream().map(s -> view(s, who)).toList();
    }

    /** The current figures of a district and year; 404 when none are recorded. */
    @Transactional(readOnly = true)
    public StatisticView get(AccountPrincipal reader, String regionCode, int year) {
        RegionalStatistic statistic = load(reader, regionCode, year);
        return showsPeople(reader) ? view(statistic) : view(statistic, Map.of());
    }

    /**
     * Every value recorded for a district and year, oldest first, the current one last. Who
     * recorded each is shown to officials and administrators, not to analysts.
     */
    @Transactional(readOnly = true)
    public List<StatisticRevisionView> revisions(AccountPrincipal reader, String regionCode, int year) {
        RegionalStatistic current = load(reader, regionCode, year);
        List<RegionalStatisticRevision> earlier = revisions.findByRegionCodeAndYearOrderByRevisedAtAscIdAsc(
                current.getRegionCode(), year);
        Map<Long, Account> who = showsPeople(reader) ? accountsOf(Stream.concat(
                earlier.stream().map(RegionalStatisticRevision::getRevisedBy), Stream.of(current.getUpdatedBy())))
                : Map.of();
        List<StatisticRevisionView> all = new ArrayList<>();
        for (RegionalStatisticRevision r : earlier) {
            Account a = r.getRevisedBy() == null ? null : who.get(r.getRevisedBy());
            all.add(new StatisticRevisionView(r.getGdp(), r.getRdExpenditure(), r.getSource(), r.getRevisedAt(),
                    a == null ? null : a.getUsername(), a == null ? null : a.getDisplayName(), false));
        }
        Account a = current.getUpdatedBy() == null ? null : who.get(current.getUpdatedBy());
        all.add(new StatisticRevisionView(current.getGdp(), current.getRdExpenditure(), current.getSource(),
                current.getUpdatedAt(), a == null ? null : a.getUsername(), a == null ? null : a.getDisplayName(),
                true));
        return all;
    }

    /** Who recorded figures names a person: for officials and administrators only. */
    private static boolean showsPeople(AccountPrincipal reader) {
        return reader.has(Role.ADMIN) || reader.has(Role.OFFICIAL);
    }

    StatisticView view(RegionalStatistic s) {
        return view(s, accountsOf(Stream.of(s.getUpdatedBy())));
    }

    private RegionalStatistic load(AccountPrincipal reader, String regionCode, int year) {
        RegionView region = regions.require(regionCode);
        requireReadable(reader, region.code());
        return statistics.findByRegionCodeAndYear(region.code(), year)
                .orElseThrow(() -> new NotFoundException("error.statistics.notFound",
                        "no statistics of " + regionCode + " for " + year, regionCode, year));
    }

    private static StatisticView view(RegionalStatistic s, Map<Long, Account> who) {
        Account a = s.getUpdatedBy() == null ? null : who.get(s.getUpdatedBy());
        return StatisticView.of(s, a == null ? null : a.getUsername());
    }

    private Map<Long, Account> accountsOf(Stream<Long> ids) {
        Set<Long> wanted = ids.filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Collection<Account> found = accounts.findAllById(wanted);
        return found.stream().collect(Collectors.toMap(Account::getId, Function.identity()));
    }
}
