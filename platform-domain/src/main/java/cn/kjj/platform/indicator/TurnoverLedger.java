package cn.kjj.platform.indicator;

import cn.kjj.platform.contract.TurnoverRollup;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/**
 * The contract-turnover roll-ups, moved inside the transaction that registers ({@code sign} +1) or revokes
 * ({@code sign} -1) a contract: totals per region, perspective, month and contract type
 * ({@code contract_turnover_rollup}), and the same per dimension and group ({@code contract_market_rollup}).
 */
public interface TurnoverLedger extends TurnoverRollup {

    /**
     * Computes every row again from the registered contracts: the one rebuild of these roll-ups, for
     * writers that bypass the services (the demo loader's and the scale generator's COPY); waits for
     * and blocks concurrent registrations meanwhile.
     */
    void rebuild();

    /**
     * Roll-up rows of {@code regions} from the first to the last month (inclusive), summed over the
     * regions and over each calendar period of {@code periodMonths} (1, 3, 6 or 12; a cell's month is
     * the first of its period), per group of {@code by} (null: one cell a period, with an empty group).
     */
    List<TurnoverCell> read(Collection<String> regions, Perspective perspective, YearMonth from, YearMonth to,
                            int periodMonths, TurnoverDimension by);
}
