package cn.kjj.platform.program;

import cn.kjj.platform.enterprise.EnterprisePageSection;
import cn.kjj.platform.enterprise.EnterpriseView;
import cn.kjj.platform.identity.AccountPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The enterprise page's innovation vouchers: issued, redeemed, paid or expired (decision 0043). */
@Component
record VoucherEnterpriseSection(VoucherQueries vouchers) implements EnterprisePageSection {

    @Override
    public void addTo(Model model, AccountPrincipal reader, EnterpriseView enterprise) {
        model.addAttribute("enterpriseVouchers", vouchers.ofEnterprise(reader, enterprise.id()));
    }
}
