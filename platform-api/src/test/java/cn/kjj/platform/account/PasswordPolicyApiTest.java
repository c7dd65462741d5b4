package cn.kjj.platform.account;

import static cn.kjj.platform.ApiFixtures.PASSWORD;
import static cn.kjj.platform.ApiFixtures.basic;
import static cn.kjj.platform.ApiFixtures.uniqueUsername;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import cn.kjj.platform.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The password policy on account creation, an administrator's reset and one's own change (decision 0021). */
@ApiTest
class PasswordPolicyApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApiFixtures fixtures;

    private String admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = fixtures.bearer(Role.ADMIN);
    }

    @ParameterizedTest
    @CsvSource({
            "short-1, error.password.length",
            "Password1234, error.password.common",
            "1qaz-2wsx-3edc, error.password.common",
            "aaaaaaaaaaaaaaaa, error.password.repetitive",
            "USERNAME-secret-99, error.password.containsUsername"})
    void aWeakPasswordForANewAccountIs400NamingThePasswordField(String password, String code) {
        String username = uniqueUsername("policy");
        String body = """
                {"username": "%s", "password": "%s", "displayName": "测试", "roles": ["ANALYST"]}"""
                .formatted(username, password.replace("USERNAME", username));

        assertThat(mvc.post().uri("/api/v1/users").header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("password"))
                .hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo(code))
                .hasPathSatisfying("$.errors[0].message", v -> v.assertThat().asString().isNotBlank());
        assertThat(fixtures.jdbc().sql("select count(*) from account where username = ?").param(username)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAdministratorResetsAPasswordWithPatchAndOnlyTheNewOneOpens() {
        AccountView account = fixtures.account(Role.ANALYST);

        assertThat(patch(account.id(), "{\"password\": \"short\"}")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.password.length"));
        assertThat(patch(account.id(), "{\"password\": \"a brand new passphrase\"}")).hasStatusOk()
                .bodyJson().hasPathSatisfying("$.passwordChangedAt", v -> v.assertThat().isNotNull());

        assertThat(createToken(account.username(), PASSWORD)).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(createToken(account.username(), "a brand new passphrase")).hasStatus(HttpStatus.CREATED);
        assertThat(fixtures.jdbc().sql("""
                        select count(*) from audit_event where action = 'account.change.password' and entity_id = ?
                        and after::text not like '%bcrypt%'""")
                .param(String.valueOf(account.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void oneChangesOnesOwnPasswordWithTheCurrentOne() {
        AccountView account = fixtures.account(Role.OFFICIAL);
        String bearer = ApiFixtures.bearer(fixtures.token(account));

        assertThat(changeOwn(bearer, "not-the-password", "my new passphrase 2026")).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().hasPathSatisfying("$.errors[0].field", v -> v.assertThat().isEqualTo("currentPassword"));
        assertThat(changeOwn(bearer, PASSWORD, PASSWORD)).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().hasPathSatisfying("$.errors[0].code", v -> v.assertThat().isEqualTo("error.password.unchanged"));
        assertThat(changeOwn(bearer, PASSWORD, "my new passphrase 2026")).hasStatus(HttpStatus.NO_CONTENT);

        assertThat(createToken(account.username(), "my new passphrase 2026")).hasStatus(HttpStatus.CREATED);
        assertThat(mvc.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer))
                .as("tokens survive a password change").hasStatusOk();
        assertThat(fixtures.jdbc().sql("select failed_logins from account where id = ?").param(account.id())
                .query(Integer.class).single()).as("the wrong current password counted, the login reset it").isZero();
        assertThat(fixtures.jdbc().sql("select count(*) from audit_event where action = 'account.password' and entity_id = ?")
                .param(String.valueOf(account.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void changingOnesPasswordNeedsToBeSignedIn() {
        assertThat(mvc.post().uri("/api/v1/me/password").contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\": \"x\", \"newPassword\": \"y\"}"))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    private MvcTestResult patch(long id, String body) {
        return mvc.patch().uri("/api/v1/users/{id}", id).header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult changeOwn(String bearer, String current, String next) {
        return mvc.post().uri("/api/v1/me/password").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}".formatted(current, next)).exchange();
    }

    private MvcTestResult createToken(String username, String password) {
        return mvc.post().uri("/api/v1/auth/tokens").header(HttpHeaders.AUTHORIZATION, basic(username, password))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"policy\"}").exchange();
    }
}
