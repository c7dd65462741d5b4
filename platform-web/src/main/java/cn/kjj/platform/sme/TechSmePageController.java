package cn.kjj.platform.sme;

import cn.kjj.platform.portal.NavigationGroup;
import cn.kjj.platform.registry.Column;
import cn.kjj.platform.registry.FormField;
import cn.kjj.platform.registry.FormRow;
import cn.kjj.platform.registry.RegistryPageController;
import cn.kjj.platform.registry.RegistryPageSupport;
import cn.kjj.platform.registry.RegistryPages;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The technology SME pages (the shared {@link RegistryPageController}): the list by year, a
 * registration's page and its form, the enterprise named by its credit code.
 */
@Controller
@RequestMapping("/tech-smes")
class TechSmePageController extends RegistryPageController<TechSmeDetails, TechSmeView> {

    static final RegistryPages PAGES = new RegistryPages("/tech-smes", "techSme", "/api/v1/tech-smes", "tech-smes",
            List.of(Column.of("registrationNo"), Column.of("year"), Column.of("score"), Column.of("regionCode")),
            List.of(Column.enterprise("enterprise"), Column.of("registrationNo"), Column.of("year"),
                    Column.of("score"), Column.of("regionCode")),
            List.of(FormRow.of(FormField.creditCode("enterpriseCreditCode", "enterpriseId",
                            "techSme.form.enterpriseHint").asRequired()),
                    FormRow.of(FormField.integer("year").asRequired().narrow(),
                            FormField.text("registrationNo", 40).asRequired(),
                            FormField.decimal("score", "techSme.form.scoreHint").narrow())))
            .inMenu(NavigationGroup.CULTIVATION, "nav.techSmes", 10);

    TechSmePageController(TechSmeService service, TechSmeQueries queries, RegistryPageSupport support) {
        super(service, queries, PAGES, support);
    }
}
