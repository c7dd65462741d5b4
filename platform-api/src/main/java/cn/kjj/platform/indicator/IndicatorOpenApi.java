package cn.kjj.platform.indicator;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Documents the one handler of {@code /api/v1/indicators/{id}} as an operation per indicator of the
 * catalogue ({@code rdIntensity}, {@code techSmes}, ...: the id in camel case), with the catalogue's name,
 * definition and parameters, as clients call them.
 */
@Configuration(proxyBeanMethods = false)
class IndicatorOpenApi {

    static final String ANY = IndicatorController.BASE + "/{id}";

    @Bean
    OpenApiCustomizer indicatorOperations() {
        return openApi -> {
            PathItem any = openApi.getPaths() == null ? null : openApi.getPaths().remove(ANY);
            if (any == null || any.getGet() == null) {
                return;
            }
            for (IndicatorDefinition d : IndicatorCatalogue.ALL) {
                String path = IndicatorController.BASE + "/" + d.id();
                if (!openApi.getPaths().containsKey(path)) {
                    Operation get = new Operation().operationId(camelCase(d.id())).summary(d.nameEn())
                            .description(d.definition()).tags(any.getGet().getTags())
                            .responses(any.getGet().getResponses());
                    d.parameters().forEach(p -> get.addParametersItem(new Parameter().in("query").name(p.name())
                            .description(p.description()).required(false)
                            .schema("region".equals(p.name()) ? new StringSchema() : new IntegerSchema())));
                    // the handler's headers (If-None-Match of the kept answers) apply to every indicator
                    if (any.getGet().getParameters() != null) {
                        any.getGet().getParameters().stream().filter(p -> "header".equals(p.getIn()))
                                .forEach(get::addParametersItem);
                    }
                    openApi.getPaths().addPathItem(path, new PathItem().get(get));
                }
            }
        };
    }

    private static String camelCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("-")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }
}
