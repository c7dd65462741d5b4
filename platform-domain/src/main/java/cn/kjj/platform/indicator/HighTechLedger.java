package cn.kjj.platform.indicator;

import cn.kjj.platform.enterprise.HighTechRollup;
import java.util.Collection;
import java.util.List;

/**
 * The high-tech roll-up: what each enterprise contributes per year, and its sums per district and
 * year. {@link #recompute} runs inside every transaction that changes an enterprise's certificates
 * (or its district), for those enterprises only.
 */
public interface HighTechLedger extends HighTechRollup {

    /**
     * Computes every enterprise's rows and the district sums again from all certificates, by the
     * statement of {@link #recompute}: the one rebuild of this roll-up, for writers that bypass the
     * services (the demo loader's and the scale generator's COPY).
     */
    void rebuild();

    /** The years from {@code from} to {@code to} that have rows, summed over {@code regions}. */
    List<HighTechYear> read(Collection<String> regions, int from, int to);
}
