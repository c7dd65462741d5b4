package cn.kjj.platform.cultivation;

import cn.kjj.platform.enterprise.EnterprisePageSection;
import cn.kjj.platform.enterprise.EnterpriseView;
import cn.kjj.platform.identity.AccountPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The enterprise page's ladder path: its tier (decision 0045) in each year it stood on the ladder. */
@Component
record CultivationEnterpriseSection(CultivationService cultivation) implements EnterprisePageSection {

    @Override
    public void addTo(Model model, AccountPrincipal reader, EnterpriseView enterprise) {
        model.addAttribute("ladderPath", cultivation.path(reader, enterprise.id(), CultivationService.FIRST_YEAR,
                cultivation.lastYear()));
    }
}
