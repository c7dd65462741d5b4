package cn.kjj.platform.contract;

import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionLevel;
import cn.kjj.platform.region.RegionView;
import org.springframework.stereotype.Component;

/** The registration office (登记机构) of a region as the certificate names it: 江门市江海区科学技术局. */
@Component
class ContractPageOffice {

    static final String BUREAU = "科学技术局";

    private final RegionDirectory regions;

    ContractPageOffice(RegionDirectory regions) {
        this.regions = regions;
    }

    String nameOf(String regionCode) {
        RegionView region = regions.find(regionCode).orElse(null);
        if (region == null) {
            return null;
        }
        RegionView parent = regions.find(region.parentCode()).orElse(null);
        // a district (区) is named with its city; a county-level city (台山市) stands alone
        boolean districtOfCity = region.level() == RegionLevel.DISTRICT && parent != null
                && parent.level() == RegionLevel.CITY && !region.name().endsWith("市");
        return (districtOfCity ? parent.name() : "") + region.name() + BUREAU;
    }
}
