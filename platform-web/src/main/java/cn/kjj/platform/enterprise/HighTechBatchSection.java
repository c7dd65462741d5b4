package cn.kjj.platform.enterprise;

import org.springframework.ui.Model;

/**
 * A part of the high-tech applications list that another feature contributes: the indicator
 * feature adds the batch's pass rate. The enterprise feature knows none of them (decision 0027).
 */
public interface HighTechBatchSection {

    /** Adds this section's model attributes for the batch year of {@code regionCode}. */
    void addTo(Model model, String regionCode, int batchYear);
}
