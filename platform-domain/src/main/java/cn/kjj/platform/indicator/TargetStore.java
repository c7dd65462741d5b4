package cn.kjj.platform.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where targets are kept (SQL in persistence). */
public interface TargetStore {

    Optional<Target> find(String regionCode, String indicator, int year);

    /** Inserts the target (version 0) or replaces the one of its key (version one more). */
    Target save(Target target);

    /** The targets of these regions, of {@code year} or of every year when null, by region, indicator, year. */
    List<Target> within(Collection<String> regionCodes, Integer year);
}
