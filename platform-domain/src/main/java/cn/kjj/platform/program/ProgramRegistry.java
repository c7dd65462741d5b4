package cn.kjj.platform.program;

import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.common.FieldErrors;
import cn.kjj.platform.region.RegionScope.Readers;
import cn.kjj.platform.registry.ListQuery;
import cn.kjj.platform.registry.Registry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;

/**
 * Policy programs as a registry: public calls, so every role reads them (officials their region's);
 * searched by name and description, filtered by kind and year, newest year first. A program's
 * year is at most next year. Its history also lists its awards.
 */
final class ProgramRegistry extends Registry<Program, ProgramDetails, ProgramView> {

    private final Clock clock;

    ProgramRegistry(Clock clock) {
        super("program", Readers.EVERYONE,
                ListQuery.searching("name", "description")
                        .filter("kind", ProgramKind.class).filter("year", Integer.class)
                        .sortable("name", "kind", "regionCode", "year", "budget", "awardedTotal")
                        .embedding(ProgramDetails.class)
                        .sortedBy(Sort.by(Sort.Order.desc("year"), Sort.Order.asc("name"))),
                List.of("name", "kind", "regionCode", "year", "budget", "description", "awardedTotal",
                        "enterpriseId", "amount", "awardedOn", "note"),
                Program::new, Views.each(ProgramView::of));
        this.clock = clock;
    }

    @Override
    protected void check(FieldErrors errors, AccountPrincipal actor, ProgramDetails details) {
        int latest = LocalDate.now(clock).getYear() + 1;
        if (details.year() != null && details.year() > latest && details.year() <= ProgramDetails.MAX_YEAR) {
            errors.add("year", "error.year.outOfRange",
                    "must be between " + ProgramDetails.MIN_YEAR + " and " + latest);
        }
    }
}
