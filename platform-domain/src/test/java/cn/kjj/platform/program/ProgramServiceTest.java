package cn.kjj.platform.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.ConflictException;
import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.enterprise.Enterprise;
import cn.kjj.platform.enterprise.EnterpriseRepository;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.identity.Role;
import cn.kjj.platform.region.RegionDirectory;
import cn.kjj.platform.region.RegionScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** Awards through the service: scope, the enterprise, the budget, and the audit event. */
class ProgramServiceTest {

    private static final Instant NOW = Instant.parse("2023-07-01T02:00:00Z");
    private static final AccountPrincipal JIANGHAI_OFFICIAL = new AccountPrincipal(1L, "official.jianghai", "审核员",
            Set.of(Role.OFFICIAL), "440704", null, true, null);
    private static final AccountPrincipal ANALYST = new AccountPrincipal(2L, "analyst", "分析员",
            Set.of(Role.ANALYST), null, null, true, null);

    ProgramRepository programs = mock(ProgramRepository.class);
    ProgramAwardRepository awards = mock(ProgramAwardRepository.class);
    EnterpriseRepository enterprises = mock(EnterpriseRepository.class);
    RegionDirectory regions = mock(RegionDirectory.class);
    AuditLog audit = mock(AuditLog.class);
    ProgramService service;

    @BeforeEach
    void setUp() {
        when(regions.isWithin(anyString(), anyString()))
                .thenAnswer(call -> call.getArgument(0).equals(call.getArgument(1)));
        when(regions.codesWithin(anyString())).thenAnswer(call -> Set.of((String) call.getArgument(0)));
        when(awards.save(any())).thenAnswer(call -> call.getArgument(0));
        service = new ProgramService(programs, awards, enterprises, new RegionScope(regions), audit,
                Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void anAwardWithinTheBudgetIsBookedWithItsAuditEvent() {
        Program program = program(7L, "440704", "1000.00");
        enterprise(11L, "440704");

        AwardView award = service.award(JIANGHAI_OFFICIAL, 7L, award(11L, "1000.00"));

        assertThat(award.amount()).isEqualByComparingTo("1000.00");
        assertThat(program.getAwardedTotal()).isEqualByComparingTo("1000.00");
        verify(programs).findByIdForUpdate(7L);
        verify(audit).record(eq("program.award"), eq("program"), eq(7L), eq("440704"), any(), any());
    }

    @Test
    void oneYuanBeyondTheRemainingBudgetIsAConflictAndNothingIsBooked() {
        Program program = program(7L, "440704", "1000.00");
        enterprise(11L, "440704");

        assertThatThrownBy(() -> service.award(JIANGHAI_OFFICIAL, 7L, award(11L, "1001.00")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("error.program.budgetExceeded"));
        assertThat(program.getAwardedTotal()).isZero();
        verify(awards, never()).save(any());
        verify(audit, never()).record(anyString(), anyString(), any(), anyString(), any(), any());
    }

    @Test
    void anEnterpriseOfAnotherDistrictIsUnknownToTheOfficial() {
        program(7L, "440704", "1000.00");
        enterprise(12L, "440703");

        assertThatThrownBy(() -> service.award(JIANGHAI_OFFICIAL, 7L, award(12L, "1.00")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::code)
                        .containsExactly("error.enterprise.unknown"));
        verify(awards, never()).save(any());
    }

    @Test
    void aProgramOfAnotherDistrictIsNotFoundForTheOfficial() {
        program(8L, "440703", "1000.00");

        assertThatThrownBy(() -> service.award(JIANGHAI_OFFICIAL, 8L, award(11L, "1.00")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAnalystReadsButMayNotAward() {
        program(7L, "440704", "1000.00");

        assertThatThrownBy(() -> service.award(ANALYST, 7L, award(11L, "1.00")))
                .isInstanceOfSatisfying(AccessDeniedToRecordException.class,
                        e -> assertThat(e.code()).isEqualTo("error.registry.readOnly"));
    }

    private Program program(long id, String region, String budget) {
        Program program = new Program(new ProgramDetails("创新券", ProgramKind.INNOVATION_VOUCHER, region, 2023,
                new BigDecimal(budget), null), NOW);
        ReflectionTestUtils.setField(program, "id", id);
        when(programs.findByIdForUpdate(id)).thenReturn(Optional.of(program));
        when(programs.findById(id)).thenReturn(Optional.of(program));
        return program;
    }

    private void enterprise(long id, String region) {
        Enterprise enterprise = mock(Enterprise.class);
        when(enterprise.getId()).thenReturn(id);
        when(enterprise.getRegionCode()).thenReturn(region);
        when(enterprise.getName()).thenReturn("测试企业");
        when(enterprises.findById(id)).thenReturn(Optional.of(enterprise));
    }

    private static NewAward award(long enterpriseId, String amount) {
        return new NewAward(enterpriseId, new BigDecimal(amount), LocalDate.of(2023, 6, 30), null);
    }
}
