package cn.kjj.platform.contract;

import cn.kjj.platform.portal.RegistryLabels;
import cn.kjj.platform.region.RegionDirectory;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The registry pages' labels as the contract templates call them ({@code @contractLabels}), where
 * a region shows its code too: "江海区 (440704)".
 */
@Component("contractLabels")
public class ContractPageLabels extends RegistryLabels {

    ContractPageLabels(RegionDirectory regions) {
        super(regions);
    }

    @Override
    public String region(String code, Locale locale) {
        return regionAndCode(code, locale);
    }
}
