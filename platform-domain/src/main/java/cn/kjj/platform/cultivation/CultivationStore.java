package cn.kjj.platform.cultivation;

import cn.kjj.platform.region.Regions;
import java.util.List;
import java.util.Optional;

/** The ladder's reads and the pool placements' writes (SQL in persistence). */
public interface CultivationStore {

    /**
     * The facts of {@code year} of every enterprise now in {@code regions} (or only {@code enterpriseId} when
     * given) that is a technology SME that year, has figures of that year, holds a high-tech certificate in
     * force on 31 December or was placed in the pool that year; with its figures of {@code year - yearsBack}
     * to {@code year}. Ordered by enterprise id.
     */
    List<LadderFacts> facts(Regions regions, Long enterpriseId, int year, int yearsBack);

    Optional<PoolPlacement> placement(long enterpriseId, int year);

    /** Inserts the placement; false when the enterprise is already placed for that year (the unique key). */
    boolean place(PoolPlacement placement);

    void remove(long enterpriseId, int year);
}
