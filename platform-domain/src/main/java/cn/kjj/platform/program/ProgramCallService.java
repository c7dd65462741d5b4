package cn.kjj.platform.program;

import cn.kjj.platform.audit.AuditLog;
import cn.kjj.platform.common.AccessDeniedToRecordException;
import cn.kjj.platform.common.ClockConfiguration;
import cn.kjj.platform.common.NotFoundException;
import cn.kjj.platform.identity.AccountPrincipal;
import cn.kjj.platform.region.RegionScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for applications on a program. Every signed-in role reads a program's calls as it reads the
 * program (public, as programs are); officials of the program's region and administrators publish them.
 */
@Service
public class ProgramCallService {

    private final ProgramRepository programs;
    private final ProgramCallRepository calls;
    private final RegionScope scope;
    private final AuditLog audit;
    private final Clock clock;

    ProgramCallService(ProgramRepository programs, ProgramCallRepository calls, RegionScope scope, AuditLog audit,
                       Clock clock) {
        this.programs = programs;
        this.calls = calls;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The call's own rules, every broken one at once (400), without saving: for a form's first reading.
     *
     * @param competition whether the program is an open competition (only then may the call carry a prize)
     */
    public void check(boolean competition, NewCall call) {
        new ProgramCall(0L, competition, call, clock.instant());
    }

    @Transactional
    public CallView publish(AccountPrincipal actor, long programId, NewCall call) {
        Program program = readableProgram(actor, programId);
        if (!scope.canWrite(actor, program.getRegionCode())) {
            throw new AccessDeniedToRecordException("error.registry.readOnly",
                    "only officials of the program's region publish its calls");
        }
        ProgramCall saved = calls.save(new ProgramCall(programId,
                program.getKind() == ProgramKind.OPEN_COMPETITION, call, clock.instant()));
        CallView view = CallView.of(saved, today());
        audit.record("program.call.create", ProgramService.ENTITY, programId, program.getRegionCode(), null, view);
        return view;
    }

    /**
     * The office closes a call before its window ends (decision 0042): officials of the program's region
     * and administrators; 409 {@code error.programCall.alreadyClosed} when it is closed already. Audited.
     */
    @Transactional
    public CallView close(AccountPrincipal actor, long callId) {
        ProgramCall call = calls.findById(callId).orElseThrow(() -> NotFoundException.of("programCall", callId));
        Program program = readableProgram(actor, call.getProgramId());
        if (!scope.canWrite(actor, program.getRegionCode())) {
            throw new AccessDeniedToRecordException("error.registry.readOnly",
                    "only officials of the program's region close its calls");
        }
        CallView before = CallView.of(call, today());
        call.close(today(), clock.instant());
        calls.saveAndFlush(call);
        CallView view = CallView.of(call, today());
        audit.record("program.call.close", ProgramService.ENTITY, program.getId(), program.getRegionCode(), before,
                view);
        return view;
    }

    @Transactional(readOnly = true)
    public List<CallView> calls(AccountPrincipal reader, long programId) {
        readableProgram(reader, programId);
        LocalDate today = today();
        return calls.findByProgramIdOrderByOpensOnDescIdDesc(programId).stream()
                .map(c -> CallView.of(c, today)).toList();
    }

    @Transactional(readOnly = true)
    public CallView call(AccountPrincipal reader, long callId) {
        ProgramCall call = calls.findById(callId).orElseThrow(() -> NotFoundException.of("programCall", callId));
        if (!scope.canRead(reader, RegionScope.Readers.EVERYONE,
                programs.findById(call.getProgramId()).orElseThrow().getRegionCode())) {
            throw NotFoundException.of("programCall", callId);
        }
        return CallView.of(call, today());
    }

    private Program readableProgram(AccountPrincipal reader, long programId) {
        return programs.findById(programId)
                .filter(p -> scope.canRead(reader, RegionScope.Readers.EVERYONE, p.getRegionCode()))
                .orElseThrow(() -> NotFoundException.of("program", programId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.BUREAU_ZONE));
    }
}
