package cn.kjj.platform.contract;

import cn.kjj.platform.spreadsheet.SpreadsheetExport;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Optional;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents the CSV form of the contract list beside its JSON: one operation with two answers,
 * as clients see it, although two handler methods serve them.
 */
@Configuration(proxyBeanMethods = false)
class ContractOpenApi {

    @Bean
    OpenApiCustomizer contractListAsCsv() {
        return openApi -> Optional.ofNullable(openApi.getPaths()).map(paths -> paths.get(ContractController.BASE))
                .map(PathItem::getGet).map(Operation::getResponses).map(responses -> responses.get("200"))
                .ifPresent(ok -> {
                    if (ok.getContent() == null) {
                        ok.setContent(new Content());
                    }
                    ok.getContent().addMediaType(ContractExportController.TEXT_CSV, new MediaType().schema(
                            new StringSchema().description("UTF-8 with BOM; a header row of the JSON property names, "
                                    + "then every matching contract (also as XLSX, or with ?format=csv|xlsx; page and "
                                    + "size do not apply; more than " + SpreadsheetExport.MAX_ROWS + " rows is a 400)")
                                    .example("id,registrationNo,title,type,...\r\n")));
                });
    }
}
