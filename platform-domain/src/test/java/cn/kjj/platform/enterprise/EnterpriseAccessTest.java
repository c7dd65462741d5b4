package cn.kjj.platform.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionDirectory;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class EnterpriseAccessTest {

    private static final String CITY = "440700";
    private static final String JIANGHAI = "440704";
    private static final String PENGJIANG = "440703";

    private EnterpriseAccess access;
    private Enterprise pengjiang;

    @BeforeEach
    void setUp() {
        RegionDirectory regions = mock(RegionDirectory.class);
        when(regions.isWithin(anyString(), anyString())).thenAnswer(call -> {
            String code = call.getArgument(0);
            String scope = call.getArgument(1);
            return code.equals(scope) || scope.equals(CITY) && code.startsWith("4407");
        });
        access = new EnterpriseAccess(regions);
        pengjiang = new Enterprise(new EnterpriseDetails("蓬江企业", "91440300708461136T", PENGJIANG, null, null, null,
                null, null, null), Instant.EPOCH);
        ReflectionTestUtils.setField(pengjiang, "id", 7L);
    }

    private static AccountPrincipal person(Role role, String regionCode, Long enterpriseId) {
        return new AccountPrincipal(1L, "someone", "Someone", Set.of(role), regionCode, enterpriseId, true, null);
    }

    @Test
    void anOfficialOfAnotherDistrictDoesNotEvenSeeTheEnterprise() {
        AccountPrincipal jianghai = person(Role.OFFICIAL, JIANGHAI, null);

        assertThat(access.canRead(jianghai, pengjiang)).isFalse();
        assertThatThrownBy(() -> access.requireReadable(jianghai, pengjiang, 7L)).isInstanceOf(NotFoundException.class);
        assertThat(access.canWrite(jianghai, PENGJIANG)).isFalse();
    }

    @Test
    void theCityOfficialReadsAndWritesTheEnterprisesOfItsDistricts() {
        AccountPrincipal city = person(Role.OFFICIAL, CITY, null);

        assertThat(access.canRead(city, pengjiang)).isTrue();
        assertThat(access.canWrite(city, PENGJIANG)).isTrue();
        assertThat(access.canReadHistory(city, pengjiang)).isTrue();
    }

    @Test
    void anAnalystReadsEverythingButWritesNothingAndSeesNoHistory() {
        AccountPrincipal analyst = person(Role.ANALYST, null, null);

        assertThat(access.canRead(analyst, pengjiang)).isTrue();
        assertThat(access.scopeOf(analyst).all()).isTrue();
        assertThatThrownBy(() -> access.requireWritable(analyst, pengjiang))
                .isInstanceOf(AccessDeniedToRecordException.class);
        assertThat(access.mayCreate(analyst)).isFalse();
        assertThat(access.canReadHistory(analyst, pengjiang)).isFalse();
    }

    @Test
    void anEnterpriseReadsItsOwnRecordOnlyAndChangesNothing() {
        AccountPrincipal own = person(Role.ENTERPRISE, null, 7L);
        AccountPrincipal other = person(Role.ENTERPRISE, null, 8L);

        assertThat(access.canRead(own, pengjiang)).isTrue();
        assertThat(access.canReadHistory(own, pengjiang)).isTrue();
        assertThat(access.canWrite(own, PENGJIANG)).isFalse();
        assertThat(access.canRead(other, pengjiang)).isFalse();
        assertThat(access.scopeOf(own)).isEqualTo(new EnterpriseAccess.Scope(false, 7L, Set.of()));
    }

    @Test
    void anAdministratorMayDoEverything() {
        AccountPrincipal admin = person(Role.ADMIN, null, null);

        assertThat(access.canRead(admin, pengjiang)).isTrue();
        assertThat(access.canWrite(admin, PENGJIANG)).isTrue();
        assertThat(access.mayCreate(admin)).isTrue();
    }
}
