package cn.kjj.platform.matching;

import cn.kjj.platform.contract.IpType;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.enterprise.OrganisationNature;
import cn.kjj.platform.registry.Column;
import cn.kjj.platform.registry.FormField;
import cn.kjj.platform.registry.FormRow;
import cn.kjj.platform.registry.RegistryPageController;
import cn.kjj.platform.registry.RegistryPageSupport;
import cn.kjj.platform.registry.RegistryPages;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The achievement pages (the shared {@link RegistryPageController}); the search box finds words. */
@Controller
@RequestMapping("/achievements")
class AchievementPageController extends RegistryPageController<AchievementDetails, AchievementView> {

    static final RegistryPages PAGES = new RegistryPages("/achievements", "achievement", "/api/v1/achievements",
            "achievements",
            List.of(Column.of("holder"), Column.of("field"), Column.of("maturity"), Column.of("transferModes"),
                    Column.of("regionCode")),
            List.of(Column.of("holder"), Column.of("holderNature"), Column.of("field"), Column.of("ipType"),
                    Column.of("maturity"), Column.of("transferModes"), Column.of("priceHint"),
                    Column.of("summary"), Column.of("contact"), Column.of("regionCode")),
            List.of(FormRow.of(FormField.text("title", 300).asRequired()),
                    FormRow.of(FormField.text("holder", 200).asRequired(),
                            FormField.choice("holderNature", OrganisationNature.class)),
                    FormRow.of(FormField.choice("field", TechnologyField.class),
                            FormField.choice("ipType", IpType.class), FormField.choice("maturity", Maturity.class)),
                    FormRow.of(FormField.choices("transferModes", TransferMode.class)),
                    FormRow.of(FormField.text("priceHint", 100), FormField.text("contact", 200), FormField.region()),
                    FormRow.of(FormField.textarea("summary", 4000).asRequired())));

    AchievementPageController(AchievementService service, AchievementQueries queries,
                              RegistryPageSupport support) {
        super(service, queries, PAGES, support);
    }
}
