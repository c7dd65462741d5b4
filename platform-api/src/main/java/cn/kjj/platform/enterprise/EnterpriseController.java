package cn.kjj.platform.enterprise;

import cn.kjj.platform.audit.ChangeHistory;
import cn.kjj.platform.registry.RegistryApi;
import cn.kjj.platform.registry.RegistryController;
import cn.kjj.platform.spreadsheet.ExportColumn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The enterprise registry (the shared {@link RegistryController}). Who may call what is in
 * {@code ApiSecurityConfiguration.rules}; which enterprises a caller sees is the services' concern
 * (404 outside its scope). Certificates are in {@link CertificationController}.
 */
@RestController
@RequestMapping(EnterpriseController.BASE)
@Tag(name = "Enterprises", description = "Enterprises and their high-tech certificates (高新技术企业认定)")
class EnterpriseController extends RegistryController<EnterpriseDetails, EnterpriseView, EnterpriseRequest> {

    static final String BASE = "/api/v1/enterprises";
    static final String PROBLEM = "#/components/schemas/ProblemDetail";
    static final String PROBLEM_JSON = "application/problem+json";
    /** The list's columns, as the export has always had them. */
    static final List<ExportColumn<EnterpriseView>> EXPORT_COLUMNS = ExportColumn.ofRecord(EnterpriseView.class,
            "rdStaff", "revenue", "rdExpense", "createdAt", "updatedAt", "editable", "criteria", "nature");

    EnterpriseController(EnterpriseService service, EnterpriseQueries queries, ChangeHistory history) {
        super(service, queries, new RegistryApi<>(BASE, "Enterprise", "Enterprises", "an enterprise", "enterprises",
                "the name or the credit code; highTech: whether a certificate is in force today", EXPORT_COLUMNS)
                .noting("list", "An official sees the enterprises of its region and the regions below, an "
                        + "enterprise account its own, analysts and administrators all.")
                .noting("create", "OFFICIAL for a district of its region, or ADMIN. Every wrong field is listed "
                        + "at once (400); a credit code already registered is 409.")
                .noting("get", "ETag carries its version; highTech says whether a certificate is in force today.")
                .noting("update", "OFFICIAL of its region (the new region too must be within it), or ADMIN. "
                        + "The new credit code of another enterprise is 409.")
                .noting("history", "The changes of the enterprise and its certificates, oldest first. Not for "
                        + "analysts: the history names people."), history);
    }
}
