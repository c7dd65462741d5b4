package cn.kjj.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The contract endpoints are in the OpenAPI document with their bodies, answers and problems. */
@ApiTest
class ContractOpenApiTest {

    private static final String PROBLEM = "#/components/schemas/ProblemDetail";

    @Autowired
    MockMvcTester mvc;

    @Test
    void everyContractEndpointIsDocumented() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.paths['/api/v1/contracts'].post.operationId", v -> v.assertThat().isEqualTo("fileContract"))
                .hasPathSatisfying("$.paths['/api/v1/contracts'].get.operationId", v -> v.assertThat().isEqualTo("listContracts"))
                .hasPathSatisfying("$.paths['/api/v1/contracts/catalogue'].get", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.paths['/api/v1/contracts/{id}'].get", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.paths['/api/v1/contracts/{id}'].put", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.paths['/api/v1/contracts/{id}/submit'].post", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.paths['/api/v1/contracts/{id}/register'].post", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.paths['/api/v1/contracts/{id}/return'].post", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.paths['/api/v1/contracts/{id}/reject'].post", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.paths['/api/v1/contracts/{id}/revoke'].post", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.paths['/api/v1/contracts/{id}/attachments'].post.requestBody.content['multipart/form-data']",
                        v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.paths['/api/v1/contracts/{id}/attachments/{attachmentId}'].get.responses['200'].content['image/png']",
                        v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.paths['/api/v1/contracts/{id}/certificate'].get.responses['200'].content['application/pdf']",
                        v -> v.assertThat().isNotNull());
    }

    @Test
    void theBuyerRoleAndTheContractsRegisteredElsewhereAreDocumented() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.paths['/api/v1/contracts/external'].get.operationId",
                        v -> v.assertThat().isEqualTo("listExternalContracts"))
                .hasPathSatisfying("$.paths['/api/v1/contracts/external/{id}'].get.operationId",
                        v -> v.assertThat().isEqualTo("getExternalContract"))
                .hasPathSatisfying("$.components.schemas.ContractRequest.properties.role.description",
                        v -> v.assertThat().asString().contains("technology import", "absorption"))
                .hasPathSatisfying("$.components.schemas.ContractRequest.properties.seller", v -> v.assertThat().isNotNull());
    }

    @Test
    void bodiesAnswersAndProblemsAreDescribed() {
        assertThat(mvc.get().uri("/v3/api-docs")).bodyJson()
                .hasPathSatisfying("$.paths['/api/v1/contracts'].post.requestBody.content['application/json'].schema['$ref']",
                        v -> v.assertThat().isEqualTo("#/components/schemas/ContractRequest"))
                .hasPathSatisfying("$.components.schemas.ContractRequest.properties.contractAmount.type",
                        v -> v.assertThat().isEqualTo("number"))
                .hasPathSatisfying("$.components.schemas.ContractRequest.properties.buyer['$ref']",
                        v -> v.assertThat().isEqualTo("#/components/schemas/BuyerRequest"))
                .hasPathSatisfying("$.components.schemas.ContractView.properties.history", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.paths['/api/v1/contracts'].get.responses['200'].content['text/csv']",
                        v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.paths['/api/v1/contracts'].get.parameters[*].name", v -> v.assertThat().asList()
                        .contains("status", "type", "region", "signedFrom", "signedTo", "registeredFrom", "registeredTo",
                                "q", "overdue", "sellerId", "page", "size", "sort"))
                .hasPathSatisfying("$.paths['/api/v1/contracts'].post.responses['409'].content['application/problem+json'].schema['$ref']",
                        v -> v.assertThat().isEqualTo(PROBLEM))
                .hasPathSatisfying("$.paths['/api/v1/contracts'].post.responses['400'].content['application/problem+json'].schema['$ref']",
                        v -> v.assertThat().isEqualTo(PROBLEM))
                .hasPathSatisfying("$.paths['/api/v1/contracts/{id}/register'].post.responses['412']", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.paths['/api/v1/contracts/{id}/register'].post.responses['404']", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.paths['/api/v1/contracts/{id}/attachments'].post.responses['413']", v -> v.assertThat().isNotNull())
                .hasPathSatisfying("$.paths['/api/v1/contracts/{id}/attachments'].post.responses['415']", v -> v.assertThat().isNotNull());
    }
}
