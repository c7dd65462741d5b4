package cn.kjj.platform.matching;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.indicator.DataGeneration;
import cn.kjj.platform.indicator.KeptAnswerFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;

/**
 * The answers of the achievement word search ({@code GET /api/v1/achievements?q=…}, JSON) kept under the data
 * generation as the indicators' are (decision 0064): an achievement written on this node moves the generation in
 * its commit, one written elsewhere through V43's trigger on {@code achievement}. Keyed by the query's words as
 * the search segments them (so {@code 机器视觉} and {@code 机器 视觉} share an answer), every other parameter
 * (filters, region, page, size, sort), {@code Accept}, {@code Accept-Language} and the caller's roles, official
 * region and enterprise (which regions it reads, and which hits it may edit: {@code editable}). Not kept: the list
 * without words, the exports ({@code ?format=}, CSV or XLSX by {@code Accept}) and anything but a 200.
 */
class SearchCacheFilter extends KeptAnswerFilter {

    static final String PATH = "/api/v1/achievements";
    private static final Set<String> WORDS = Set.of("q");

    SearchCacheFilter(DataGeneration generation, int maxEntries, long maxBytes) {
        super(generation, maxEntries, maxBytes);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !"GET".equals(request.getMethod()) || !PATH.equals(request.getRequestURI())
                || request.getParameter("q") == null || request.getParameter("format") != null
                || accept != null && !accept.contains("json") && !accept.contains("*/*");
    }

    @Override
    protected String key(HttpServletRequest request, AccountPrincipal caller) {
        List<String> words = ChineseWords.of(request.getParameter("q"));
        if (words.isEmpty() || request.getParameterValues("q").length > 1) {
            return null;
        }
        return address(request, WORDS).append("|q=").append(String.join(" ", words))
                .append('|').append(caller.reach()).toString();
    }
}
