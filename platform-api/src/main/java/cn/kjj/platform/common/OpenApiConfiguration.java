package cn.kjj.platform.common;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): the API
 * under {@code /api} only, bearer tokens as the way in, HTTP Basic for creating a token, and
 * every error documented as RFC 9457 problem JSON.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    public static final String BEARER_AUTH = "bearerAuth";
    public static final String BASIC_AUTH = "basicAuth";
    static final String PROBLEM = "ProblemDetail";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI platformOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("District science and technology bureau platform API")
                        .version("v1")
                        .description("""
                                JSON API of the platform (科技局平台): technology contracts, enterprises and \
                                high-tech certification, incubators, R&D platforms, programs, statistics and \
                                indicators. Authenticate with `Authorization: Bearer kjj_...`; create a token \
                                with `POST /api/v1/auth/tokens` and HTTP Basic credentials. Errors are RFC 9457 \
                                `application/problem+json` with a stable `code`; `Accept-Language: en` gives \
                                English messages, Chinese otherwise."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER_AUTH, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("kjj_ token")
                                .description("A token from POST /api/v1/auth/tokens"))
                        .addSecuritySchemes(BASIC_AUTH, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Username and password; accepted only by POST /api/v1/auth/tokens"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_AUTH));
    }

    /** Keeps the document to the API and gives every operation its problem responses. */
    @Bean
    OpenApiCustomizer apiOnlyWithProblemResponses() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().keySet().removeIf(path -> !path.startsWith("/api/"));
            openApi.getPaths().forEach((path, item) -> item.readOperations()
                    .forEach(operation -> addProblems(operation, path.contains("{"))));
            if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null
                    && !openApi.getComponents().getSchemas().containsKey(PROBLEM)) {
                openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            }
        };
    }

    private static void addProblems(Operation operation, boolean singleRecord) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        Map<String, String> common = Map.of(
                "400", "Bad input: errors lists the fields at fault",
                "401", "Not authenticated (WWW-Authenticate tells how)",
                "403", "Not allowed for the caller's role",
                "500", "Unexpected error");
        common.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, problemResponse(description));
            }
        });
        if (singleRecord && !responses.containsKey("404")) {
            responses.addApiResponse("404", problemResponse("No such record, or outside the caller's scope"));
        }
        operation.setResponses(responses);
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings("rawtypes")
    static Schema problemSchema() {
        Schema<?> fieldProblem = new ObjectSchema()
                .addProperty("field", new StringSchema().example("username"))
                .addProperty("code", new StringSchema().example("error.validation"))
                .addProperty("message", new StringSchema().example("must be 3 to 64 lower-case letters"));
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("The request has invalid fields"))
                .addProperty("instance", new StringSchema().example("/api/v1/users"))
                .addProperty("code", new StringSchema().description("Stable error code").example("error.validation"))
                .addProperty("errors", new ArraySchema().items(fieldProblem)
                        .description("The fields at fault (validation errors only)"));
    }
}
