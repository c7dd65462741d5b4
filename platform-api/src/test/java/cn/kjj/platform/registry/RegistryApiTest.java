package cn.kjj.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** What the shared registry API does for every registry (RegistryController, RegistryOpenApi). */
@ApiTest
class RegistryApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    @Test
    void aListFilterValueThatIsNoneOfItsChoicesIs400NamingTheParameter() {
        String admin = fixtures.quickBearer(Role.ADMIN);

        assertThat(mvc.get().uri("/api/v1/labs?kind=ZOO").header(HttpHeaders.AUTHORIZATION, admin))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.code", v -> v.assertThat().isEqualTo("error.parameter.invalid"))
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("kind"));
        assertThat(mvc.get().uri("/api/v1/programs?year=20x3").header(HttpHeaders.AUTHORIZATION, admin))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("year"));
    }

    @Test
    void theDocumentNamesEachRegistrysOperationsAndListFilters() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.paths['/api/v1/incubators'].get.operationId",
                        v -> v.assertThat().isEqualTo("listIncubators"))
                .hasPathSatisfying("$.paths['/api/v1/labs/{id}'].put.operationId",
                        v -> v.assertThat().isEqualTo("updateLab"))
                .hasPathSatisfying("$.paths['/api/v1/programs/{id}/history'].get.operationId",
                        v -> v.assertThat().isEqualTo("programHistory"))
                .hasPathSatisfying("$.paths['/api/v1/programs'].get.parameters[*].name",
                        v -> v.assertThat().asList().containsExactly("region", "kind", "year", "q", "page", "size",
                                "sort"))
                .hasPathSatisfying("$.paths['/api/v1/incubators'].post.requestBody.content['application/json'].schema['$ref']",
                        v -> v.assertThat().isEqualTo("#/components/schemas/IncubatorRequest"));
    }
}
