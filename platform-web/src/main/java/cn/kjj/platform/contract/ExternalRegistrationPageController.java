package cn.kjj.platform.contract;

import cn.kjj.platform.registry.Column;
import cn.kjj.platform.registry.RegistryPageController;
import cn.kjj.platform.registry.RegistryPageSupport;
import cn.kjj.platform.registry.RegistryPages;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Contracts registered at other offices, imported (decision 0036): the shared registry list and
 * record pages, apart from the local registrations of {@code /contracts}; for the staff (officials
 * their region's buyers). Filled by the import kind {@code external-contracts} only: no form.
 */
@Controller
@RequestMapping(ExternalRegistrationPageController.PATH)
class ExternalRegistrationPageController
        extends RegistryPageController<ExternalRegistrationDetails, ExternalRegistrationView> {

    static final String PATH = "/contracts/external";
    private static final List<Column> COLUMNS = List.of(Column.of("registeredOn"), Column.of("type"),
            Column.of("buyerName"), Column.of("regionCode"), Column.of("sellerName"),
            Column.money("contractAmount"), Column.money("techTransactionAmount"));
    static final RegistryPages PAGES = new RegistryPages(PATH, "externalContract", "/api/v1/contracts/external",
            "external-contracts", COLUMNS,
            List.of(Column.of("registeringRegionCode"), Column.of("registeredOn"), Column.of("signedOn"),
                    Column.of("type"), Column.of("technologyField"), Column.of("sellerName"),
                    Column.of("sellerCreditCode"), Column.of("sellerRegionCode"), Column.of("sellerCountry"),
                    Column.of("buyerName"), Column.of("buyerCreditCode"), Column.of("regionCode"),
                    Column.money("contractAmount"), Column.money("techTransactionAmount"), Column.of("sellerNature"),
                    Column.of("buyerNature"), Column.of("ipType"), Column.of("planSource")),
            List.of());

    ExternalRegistrationPageController(ExternalRegistrations registrations, RegistryPageSupport support) {
        // nothing is created or changed here: no service
        super(null, registrations, PAGES, support);
    }
}
