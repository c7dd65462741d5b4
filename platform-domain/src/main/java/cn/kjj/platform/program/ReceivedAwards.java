package cn.kjj.platform.program;

import cn.kjj.platform.enterprise.EnterpriseQueries;
import cn.kjj.platform.identity.AccountPrincipal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The program awards an enterprise received, for the enterprise's page and its home. */
@Service
public class ReceivedAwards {

    private final ProgramAwardRepository awards;
    private final ProgramRepository programs;
    private final EnterpriseQueries enterprises;

    ReceivedAwards(ProgramAwardRepository awards, ProgramRepository programs, EnterpriseQueries enterprises) {
        this.awards = awards;
        this.programs = programs;
        this.enterprises = enterprises;
    }

    /** Newest first; to whoever may read the enterprise. */
    @Transactional(readOnly = true)
    public List<ReceivedAward> of(AccountPrincipal reader, long enterpriseId) {
        enterprises.checkReadable(reader, enterpriseId);
        List<ProgramAward> received = awards.findByEnterpriseIdOrderByAwardedOnDescIdDesc(enterpriseId);
        Map<Long, Program> byProgram = programs.findAllById(
                received.stream().map(ProgramAward::getProgramId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Program::getId, Function.identity()));
        return received.stream().map(a -> {
            Program p = byProgram.get(a.getProgramId());
            return new ReceivedAward(a.getId(), a.getProgramId(), p == null ? null : p.getName(),
                    p == null ? null : p.getKind(), p == null ? 0 : p.getYear(), a.getAmount(), a.getAwardedOn(),
                    a.getNote());
        }).toList();
    }
}
