package cn.kjj.platform.indicator;

import cn.kjj.platform.identity.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * A read cache for indicator answers that cannot go stale (decision 0057): {@code GET /api/v1/indicators/{id}}
 * (every indicator, contract turnover with every {@code by=}) and {@code GET /api/v1/reports/technology-market}.
 * Runs after Spring Security, so the caller is known and authorised. An answer is kept as its JSON bytes under
 * everything it depends on: the path, every query parameter (sorted), {@code Accept} and {@code Accept-Language},
 * the caller's reach (what {@code RegionScope} and {@code DashboardAccess} decide by: roles, official region,
 * enterprise) and today's date; with the {@link DataGeneration} read before it was computed, and served only while
 * the generation is the same ({@link KeptAnswerFilter}, which the word search's answers use too: decision 0064).
 */
public class IndicatorCacheFilter extends KeptAnswerFilter {

    static final String INDICATORS = "/api/v1/indicators/";
    static final String MARKET = "/api/v1/reports/technology-market";

    private final Clock clock;

    public IndicatorCacheFilter(DataGeneration generation, int maxEntries, long maxBytes, Clock clock) {
        super(generation, maxEntries, maxBytes);
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        return !keeps(request.getRequestURI());
    }

    /** Whether the GETs of {@code path} are kept: an indicator (not its lineage nor the catalogue), the market tables. */
    static boolean keeps(String path) {
        if (path.equals(MARKET)) {
            return true;
        }
        // one segment after the base
        return path.startsWith(INDICATORS) && path.length() > INDICATORS.length()
                && path.indexOf('/', INDICATORS.length()) < 0;
    }

    /** The roles that read every region all get the same answers ({@code *}); today's date for default ranges. */
    @Override
    protected String key(HttpServletRequest request, AccountPrincipal caller) {
        return address(request, Set.of())
                .append('|').append(caller.readsEveryRegion() ? "*" : caller.reach())
                .append('|').append(LocalDate.now(clock)).toString();
    }
}
