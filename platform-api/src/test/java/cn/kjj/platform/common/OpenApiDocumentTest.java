package cn.kjj.platform.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@ApiTest
class OpenApiDocumentTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theDocumentListsTheApiAndItsBearerScheme() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyJson()
                .hasPathSatisfying("$.info.title", v -> v.assertThat().asString().isNotBlank())
                .hasPathSatisfying("$.paths['/api/v1/me'].get", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.paths['/api/v1/users'].post", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.components.securitySchemes.bearerAuth.scheme", v -> v.assertThat().isEqualTo("bearer"))
                .hasPathSatisfying("$.components.securitySchemes.basicAuth.scheme", v -> v.assertThat().isEqualTo("basic"))
                .hasPathSatisfying("$.security[0].bearerAuth", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.paths['/api/v1/auth/tokens'].post.security[*]", v -> v.assertThat().asList()
                        .anySatisfy(requirement -> assertThat(requirement.toString()).contains("basicAuth")));
    }

    @Test
    void errorsAreDocumentedAsProblemDetails() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .bodyJson()
                .hasPathSatisfying("$.components.schemas.ProblemDetail.properties.code", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.paths['/api/v1/users'].post.responses['400'].content['application/problem+json'].schema['$ref']",
                        v -> v.assertThat().isEqualTo("#/components/schemas/ProblemDetail"))
                .hasPathSatisfying("$.paths['/api/v1/users/{id}'].get.responses['404']", v -> v.assertThat().isNotNull());
    }

    @Test
    void aCappedTotalTheMeetingsOutcomeFilterAndADemandsHistoryAreDocumented() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .bodyJson()
                .hasPathSatisfying("$.components.schemas.PageMetadata.properties.totalCapped.type",
                        v -> v.assertThat().isEqualTo("boolean"))
                .hasPathSatisfying("$.paths['/api/v1/matchmakings'].get.parameters[?(@.name == 'outcome')].schema.enum",
                        v -> v.assertThat().satisfies(values -> assertThat(values.toString()).contains("NO_DEAL")))
                .hasPathSatisfying("$.paths['/api/v1/demands/{id}/history'].get", v -> v.assertThat().isNotNull());
    }

    @Test
    void keptAnswersAreDocumentedWithTheirETagAndTheNotModifiedAnswer() {
        String rd = "$.paths['/api/v1/indicators/rd-intensity'].get";
        assertThat(mvc.get().uri("/v3/api-docs"))
                .bodyJson()
                .hasPathSatisfying(rd + ".parameters[?(@.name == 'If-None-Match')].in",
                        v -> v.assertThat().asList().containsExactly("header"))
                .hasPathSatisfying(rd + ".parameters[?(@.name == 'region')].in",
                        v -> v.assertThat().asList().containsExactly("query"))
                .hasPathSatisfying(rd + ".responses['200'].headers.ETag", v -> v.assertThat().isNotNull())
                .hasPathSatisfying(rd + ".responses['304'].description",
                        v -> v.assertThat().asString().contains("If-None-Match"))
                .hasPathSatisfying("$.paths['/api/v1/reports/technology-market'].get.responses['304']",
                        v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.paths['/api/v1/achievements'].get.parameters[?(@.name == 'If-None-Match')]",
                        v -> v.assertThat().asList().hasSize(1))
                .hasPathSatisfying("$.paths['/api/v1/achievements'].get.responses['304']",
                        v -> v.assertThat().isNotNull())
                // not kept: the lineage, the catalogue, writes
                .doesNotHavePath("$.paths['/api/v1/indicators/{id}/lineage'].get.responses['304']")
                .doesNotHavePath("$.paths['/api/v1/indicators'].get.responses['304']")
                .doesNotHavePath("$.paths['/api/v1/achievements'].post.responses['304']");
    }

    @Test
    void onlyTheApiIsDocumented() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .bodyJson()
                .hasPathSatisfying("$.paths", v -> v.assertThat().asMap().isNotEmpty().allSatisfy(
                        (path, item) -> assertThat(path).startsWith("/api/")));
    }

    @Test
    void swaggerUiIsServed() {
        assertThat(mvc.get().uri("/swagger-ui.html")).hasStatus(HttpStatus.FOUND)
                .headers().hasValue("Location", "/swagger-ui/index.html");
        assertThat(mvc.get().uri("/swagger-ui/index.html")).hasStatusOk();
    }
}
