package cn.kjj.platform.enterprise;

import java.util.Collection;

/**
 * Where a change to an enterprise's certificates (or its district) recomputes that enterprise's
 * part of the high-tech roll-up, inside the same transaction. The indicators keep the roll-up
 * (their {@code HighTechLedger} extends this); the enterprise feature only knows this much of it.
 */
public interface HighTechRollup {

    void recompute(Collection<Long> enterpriseIds);
}
