package cn.kjj.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.ApiTest;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.identity.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The account rules hold whoever calls the service, not only through the API's validation. */
@ApiTest
class AccountServiceValidationTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Test
    void aBadUsernameAndAShortPasswordAreRefusedByTheServiceItselfAndNothingIsStored() {
        long before = repository.count();

        assertThatThrownBy(() -> accounts.create(new NewAccount("X!", "short", "某人", Set.of(Role.ANALYST),
                null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .contains("username", "password"));
        assertThat(repository.count()).isEqualTo(before);
    }
}
