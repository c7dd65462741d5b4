package cn.kjj.platform.contract;

import cn.kjj.platform.enterprise.EnterprisePageSection;
import cn.kjj.platform.enterprise.EnterpriseView;
import cn.kjj.platform.identity.AccountPrincipal;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The enterprise page's latest technology contracts that the enterprise sold. */
@Component
record ContractEnterpriseSection(ContractQueries contracts) implements EnterprisePageSection {

    static final int CONTRACTS_SHOWN = 10;

    @Override
    public void addTo(Model model, AccountPrincipal reader, EnterpriseView enterprise) {
        model.addAttribute("contracts", contracts.search(reader, sellerIs(enterprise.id()),
                PageRequest.of(0, CONTRACTS_SHOWN, Sort.by(Sort.Direction.DESC, "signedOn").and(Sort.by("id")))));
    }

    private static ContractFilter sellerIs(long enterpriseId) {
        return new ContractFilter(Set.of(), null, null, enterpriseId, null, null, null, null, null, null);
    }
}
