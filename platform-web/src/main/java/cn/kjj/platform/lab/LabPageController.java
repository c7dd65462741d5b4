package cn.kjj.platform.lab;

import cn.kjj.platform.portal.NavigationGroup;
import cn.kjj.platform.region.RecognitionLevel;
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
 * The R&D platform pages (the shared {@link RegistryPageController}). A host enterprise is named
 * by its unified social credit code, which people know, rather than by the registry's id.
 */
@Controller
@RequestMapping("/labs")
class LabPageController extends RegistryPageController<LabDetails, LabView> {

    static final RegistryPages PAGES = new RegistryPages("/labs", "lab", "/api/v1/labs", "labs",
            List.of(Column.of("kind"), Column.of("level"), Column.of("regionCode"),
                    Column.of("hostEnterpriseName", "hostEnterprise"), Column.of("hostInstitution"),
                    Column.of("recognizedOn")),
            List.of(Column.of("kind"), Column.of("level"), Column.of("regionCode"), Column.enterprise("hostEnterprise"),
                    Column.of("hostInstitution"), Column.of("recognizedOn")),
            List.of(FormRow.of(FormField.text("name", 200).asRequired()),
                    FormRow.of(FormField.choice("kind", LabKind.class),
                            FormField.choice("level", RecognitionLevel.class), FormField.region()),
                    FormRow.group("lab.form.host",
                            FormField.creditCode("hostCreditCode", "hostEnterpriseId", "lab.form.hostCreditCodeHint"),
                            FormField.text("hostInstitution", 200)),
                    FormRow.of(FormField.date("recognizedOn").narrow())))
            .inMenu(NavigationGroup.REGISTRIES, "nav.labs", 41);

    LabPageController(LabService service, LabQueries queries, RegistryPageSupport support) {
        super(service, queries, PAGES, support);
    }
}
