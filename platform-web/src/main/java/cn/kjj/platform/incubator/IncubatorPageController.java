package cn.kjj.platform.incubator;

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

/** The incubation carrier pages (the shared {@link RegistryPageController}). */
@Controller
@RequestMapping("/incubators")
class IncubatorPageController extends RegistryPageController<IncubatorDetails, IncubatorView> {

    /** The list's columns and the facts on a carrier's page alike. */
    private static final List<Column> COLUMNS = List.of(Column.of("kind"), Column.of("level"),
            Column.of("regionCode"), Column.of("operator"), Column.of("areaSqm"), Column.of("tenantCount"),
            Column.of("graduatedCount"), Column.of("recognizedOn"));
    static final RegistryPages PAGES = new RegistryPages("/incubators", "incubator", "/api/v1/incubators",
            "incubators", COLUMNS, COLUMNS,
            List.of(FormRow.of(FormField.text("name", 200).asRequired()),
                    FormRow.of(FormField.choice("kind", IncubatorKind.class),
                            FormField.choice("level", RecognitionLevel.class), FormField.region()),
                    FormRow.of(FormField.text("operator", 200)),
                    FormRow.of(FormField.decimal("areaSqm", "registry.form.decimalHint"),
                            FormField.integer("tenantCount"), FormField.integer("graduatedCount"),
                            FormField.date("recognizedOn"))))
            .inMenu(NavigationGroup.REGISTRIES, "nav.incubators", 40);

    IncubatorPageController(IncubatorService service, IncubatorQueries queries, RegistryPageSupport support) {
        super(service, queries, PAGES, support);
    }
}
