package cn.kjj.platform.cultivation;

import cn.kjj.platform.region.Regions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ladder's reads and the pool placements' writes (SQL in persistence). */
public interface CultivationStore {

    /**
     * The facts of each year from {@code from} to {@code to} of every enterprise now in {@code regions} (or only
     * {@code enterpriseId} when given) that is a technology SME that year, holds a high-tech certificate in force on
     * 31 December or was placed in the pool that year, or (only when {@code figuresAlone}: a rung the criteria let
     * the figures alone reach) has figures of that year; with its figures of {@code from - yearsBack} to
     * {@code to}. By year, each year's ordered by enterprise id; two queries whatever the number of years.
     */
    Map<Integer, List<LadderFacts>> facts(Regions regions, Long enterpriseId, int from, int to, int yearsBack,
                                          boolean figuresAlone);

    Optional<PoolPlacement> placement(long enterpriseId, int year);

    /** Inserts the placement; false when the enterprise is already placed for that year (the unique key). */
    boolean place(PoolPlacement placement);

    void remove(long enterpriseId, int year);
}
