package cn.kjj.platform.program;

import cn.kjj.platform.common.SearchText;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/** The program list's filters and the reader's scope as one criteria query. */
final class ProgramSpecifications {

    private ProgramSpecifications() {
    }

    /**
     * @param scope        the regions the reader sees, or null for all
     * @param regionFilter the filter's region and those below it, or null for no region filter
     */
    static Specification<Program> matching(ProgramFilter f, Set<String> scope, Set<String> regionFilter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (scope != null) {
                where.add(scope.isEmpty() ? cb.disjunction() : root.get("regionCode").in(scope));
            }
            if (regionFilter != null) {
                where.add(root.get("regionCode").in(regionFilter));
            }
            if (f.kind() != null) {
                where.add(cb.equal(root.get("kind"), f.kind()));
            }
            if (f.year() != null) {
                where.add(cb.equal(root.get("year"), f.year()));
            }
            if (f.q() != null && !f.q().isBlank()) {
                String pattern = "%" + escape(f.q().strip().toLowerCase(Locale.ROOT)) + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
                        cb.like(cb.lower(root.get("description")), pattern, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String escape(String text) {
        return SearchText.likeEscaped(text);
    }
}
