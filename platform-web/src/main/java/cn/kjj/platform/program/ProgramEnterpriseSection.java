package cn.kjj.platform.program;

import cn.kjj.platform.enterprise.EnterprisePageSection;
import cn.kjj.platform.enterprise.EnterpriseView;
import cn.kjj.platform.identity.AccountPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The enterprise page's program awards that the enterprise received. */
@Component
record ProgramEnterpriseSection(ReceivedAwards awards) implements EnterprisePageSection {

    @Override
    public void addTo(Model model, AccountPrincipal reader, EnterpriseView enterprise) {
        model.addAttribute("awards", awards.of(reader, enterprise.id()));
    }
}
