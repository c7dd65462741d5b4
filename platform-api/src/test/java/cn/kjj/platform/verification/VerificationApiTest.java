package cn.kjj.platform.verification;

import static cn.kjj.platform.contract.ContractApi.body;
import static cn.kjj.platform.contract.ContractApi.contract;
import static cn.kjj.platform.contract.ContractApi.json;
import static cn.kjj.platform.contract.ContractApi.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.contract.ContractApi;
import cn.kjj.platform.contract.ContractApi.Seller;
import cn.kjj.platform.contract.VerificationToken;
import cn.kjj.platform.contract.document.CertificateQr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A certificate anyone can verify (decision 0033): its QR code leads to {@code /verify/{token}},
 * whose JSON form {@code GET /api/v1/verify/{token}} answers without sign-in with the registration as
 * it stands, nothing personal, and one and the same 404 for every token that addresses no
 * registered contract.
 */
@ApiTest
class VerificationApiTest {

    private static final String VERIFY = "/api/v1/verify/{token}";
    private static final String REVOCATION_REASON = "合同已解除，联系人张三 13800138000 zhangsan@example.com";

    @Autowired
    ContractApi api;

    record Registered(Seller seller, String official, long id, String token) {
    }

    private Registered registered() {
        Seller seller = api.seller();
        String official = api.official();
        long id = api.filed(seller.bearer(), contract("1250000.00"));
        api.stepOk(official, id, "register");
        String token = api.fixtures().jdbc().sql("select verification_token from technology_contract where id = ?")
                .param(id).query(String.class).single();
        return new Registered(seller, official, id, token);
    }

    private MvcTestResult verify(String token) {
        return api.mvc().get().uri(VERIFY, token).exchange();
    }

    @Test
    void theCertificatesQrCodeDecodesToTheVerificationPageOfItsContract() throws Exception {
        Registered contract = registered();
        MvcTestResult certificate = api.mvc().get().uri(ContractApi.CONTRACTS + "/{id}/certificate", contract.id())
                .header(HttpHeaders.AUTHORIZATION, contract.seller().bearer()).exchange();
        assertThat(certificate).hasStatusOk();

        assertThat(VerificationToken.isWellFormed(contract.token())).isTrue();
        assertThat(CertificateQr.decode(certificate.getResponse().getContentAsByteArray()))
                .containsExactly("http://localhost/verify/" + contract.token());
    }

    @Test
    void aRegisteredContractWrittenWithoutATokenGetsOneWithItsFirstCertificate() throws Exception {
        Registered contract = registered();
        api.fixtures().jdbc().sql("update technology_contract set verification_token = null where id = ?")
                .param(contract.id()).update();

        MvcTestResult certificate = api.mvc().get().uri(ContractApi.CONTRACTS + "/{id}/certificate", contract.id())
                .header(HttpHeaders.AUTHORIZATION, contract.official()).exchange();

        assertThat(certificate).hasStatusOk();
        String token = api.fixtures().jdbc().sql("select verification_token from technology_contract where id = ?")
                .param(contract.id()).query(String.class).single();
        assertThat(token).isNotEqualTo(contract.token()).matches("[0-9a-f]{32}");
        assertThat(CertificateQr.decode(certificate.getResponse().getContentAsByteArray()))
                .containsExactly("http://localhost/verify/" + token);
        assertThat(json(verify(token)).get("status").asString()).isEqualTo("REGISTERED");
    }

    @Test
    void anyoneSeesTheRegistrationWithoutSigningInAndRevokedOnceItIsRevoked() {
        Registered contract = registered();
        JsonNode registeredContract = api.read(contract.seller().bearer(), contract.id());

        MvcTestResult result = verify(contract.token());

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        JsonNode verified = json(result);
        assertThat(verified.get("registrationNo").asString()).isEqualTo(registeredContract.get("registrationNo").asString());
        assertThat(verified.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(verified.get("registeredOn").asString()).isEqualTo(registeredContract.get("registeredOn").asString())
                .isEqualTo(verified.get("statusSince").asString());
        assertThat(verified.get("sellerName").asString()).isEqualTo(registeredContract.get("sellerName").asString());
        assertThat(verified.get("buyerName").asString()).isEqualTo("广州市天河区云图数据有限公司");
        assertThat(verified.get("contractAmount").decimalValue()).isEqualByComparingTo(new BigDecimal("1250000.00"));
        assertThat(verified.get("techTransactionAmount").decimalValue()).isEqualByComparingTo(new BigDecimal("1250000.00"));
        assertThat(verified.get("type").asString()).isEqualTo("TECHNOLOGY_DEVELOPMENT");
        assertThat(verified.get("registeringOffice").asString()).isEqualTo("江门市江海区科学技术局");

        api.stepOk(contract.official(), contract.id(), "revoke", REVOCATION_REASON);

        JsonNode revoked = json(verify(contract.token()));
        assertThat(revoked.get("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.get("registrationNo").asString()).isEqualTo(verified.get("registrationNo").asString());
        assertThat(revoked.get("statusSince").asString()).isEqualTo(ContractApi.today().toString());
    }

    @Test
    void itShowsNothingPersonalNorAnythingBeyondWhatACertificateReaderNeeds() {
        Registered contract = registered();
        api.stepOk(contract.official(), contract.id(), "revoke", REVOCATION_REASON);
        MvcTestResult result = verify(contract.token());

        List<String> fields = new ArrayList<>();
        json(result).propertyNames().forEach(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("registrationNo", "status", "statusSince", "registeredOn",
                "type", "sellerName", "buyerName", "contractAmount", "techTransactionAmount", "registeringRegionCode",
                "registeringOffice", "buyerNature", "changedOn");
        String text = body(result);
        assertThat(text).doesNotContain("张三", "13800138000", "@", "reason", "actor", "history", "attachment",
                contract.token(), contract.seller().creditCode());
    }

    @Test
    void aBuyerWhoIsAPersonIsNotNamed() {
        Seller seller = api.seller();
        long id = api.filed(seller.bearer(), ContractApi.withBuyer(contract("1250000.00"), "nature", "INDIVIDUAL"));
        api.stepOk(api.official(), id, "register");
        String token = api.fixtures().jdbc().sql("select verification_token from technology_contract where id = ?")
                .param(id).query(String.class).single();

        JsonNode verified = json(verify(token));

        assertThat(verified.get("buyerNature").asString()).isEqualTo("INDIVIDUAL");
        assertThat(verified.hasNonNull("buyerName")).isFalse();
        assertThat(body(verify(token))).doesNotContain("广州市天河区云图数据有限公司");
        assertThat(json(verify(registered().token())).get("buyerNature").asString()).isEqualTo("ENTERPRISE");
    }

    @Test
    void everyTokenThatAddressesNoRegisteredContractGetsTheSameNotFound() {
        Registered contract = registered();
        Seller seller = api.seller();
        long draft = api.filed(seller.bearer(), with(contract(), "submit", false));
        long pending = api.filed(seller.bearer(), contract("6000000.00"));
        api.stepOk(api.official(), pending, "register");
        String registrationNo = api.read(contract.seller().bearer(), contract.id()).get("registrationNo").asString();

        List<String> misses = List.of(VerificationToken.random(), contract.token().toUpperCase(),
                contract.token().substring(1), registrationNo, String.valueOf(contract.id()), String.valueOf(draft),
                contract.token() + "0", "x".repeat(2_000));
        List<ObjectNode> bodies = new ArrayList<>();
        for (String token : misses) {
            MvcTestResult result = verify(token);
            assertThat(result).as(token).hasStatus(HttpStatus.NOT_FOUND);
            ObjectNode problem = (ObjectNode) json(result);
            problem.remove("instance");
            problem.remove("requestId");
            bodies.add(problem);
        }
        assertThat(bodies).allSatisfy(b -> assertThat(b).isEqualTo(bodies.get(0)));
        assertThat(bodies.get(0).get("code").asString()).isEqualTo("error.verification.notFound");

        // a contract not (yet) registered has no token at all, and the schema keeps it so
        assertThat(api.count("select count(*) from technology_contract where id in (?, ?) and verification_token is null",
                draft, pending)).isEqualTo(2);
        assertThatThrownBy(() -> api.fixtures().jdbc().sql("update technology_contract set verification_token = ? where id = ?")
                .params(VerificationToken.random(), draft).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void onlyTheVerificationIsOpenTheRestOfTheApiStillNeedsSignIn() {
        Registered contract = registered();

        assertThat(verify(contract.token())).hasStatusOk();
        assertThat(api.mvc().get().uri(ContractApi.CONTRACTS + "/{id}", contract.id()).exchange())
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(api.mvc().get().uri(ContractApi.CONTRACTS + "/{id}/certificate", contract.id()).exchange())
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(api.mvc().get().uri("/api/v1/verify").exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theOpenApiDocumentShowsTheVerificationAsPublic() {
        JsonNode operation = json(api.mvc().get().uri("/v3/api-docs").exchange()).get("paths")
                .get("/api/v1/verify/{token}").get("get");

        assertThat(operation.get("operationId").asString()).isEqualTo("verifyContract");
        assertThat(operation.get("security")).isNotNull().isEmpty();
    }
}
