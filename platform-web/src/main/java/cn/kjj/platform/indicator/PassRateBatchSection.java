package cn.kjj.platform.indicator;

import cn.kjj.platform.enterprise.HighTechBatchSection;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The batch's pass rate (indicator {@code high-tech-applications}) beside the high-tech applications list. */
@Component
record PassRateBatchSection(IndicatorService indicators) implements HighTechBatchSection {

    @Override
    public void addTo(Model model, String regionCode, int batchYear) {
        IndicatorSeries<IndicatorPoint.HighTechApplications> rate = indicators.highTechApplications(regionCode, batchYear, batchYear);
        model.addAttribute("rate", rate.series().get(0));
        model.addAttribute("rateRegion", rate.regionName());
    }
}
