package cn.kjj.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.contract.ContractStateMachine.State;
import cn.kjj.platform.contract.ContractStateMachine.Transition;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContractHistoryEntryTest {

    private static final Instant AT = Instant.parse("2024-03-04T02:00:00Z");

    @Test
    void recordsATransitionWithItsActorAndReason() {
        ContractActor official = ContractActor.official(21L, "审核员甲");
        Transition transition = ContractStateMachine.decide(
                new State(ContractStatus.SUBMITTED, BigDecimal.TEN, null), ContractAction.RETURN, official, " 缺少附件 ");

        ContractHistoryEntry entry = ContractHistoryEntry.of(9L, transition, official, AT);

        assertThat(entry.getContractId()).isEqualTo(9L);
        assertThat(entry.getAt()).isEqualTo(AT);
        assertThat(entry.getActorId()).isEqualTo(21L);
        assertThat(entry.getActorName()).isEqualTo("审核员甲");
        assertThat(entry.getFromStatus()).isEqualTo(ContractStatus.SUBMITTED);
        assertThat(entry.getToStatus()).isEqualTo(ContractStatus.RETURNED);
        assertThat(entry.getReason()).isEqualTo("缺少附件");
    }

    @Test
    void recordsTheCreationWithoutAFromStatus() {
        ContractHistoryEntry entry = ContractHistoryEntry.created(9L, ContractStatus.DRAFT,
                ContractActor.owner(11L, "企业用户"), AT);

        assertThat(entry.getFromStatus()).isNull();
        assertThat(entry.getToStatus()).isEqualTo(ContractStatus.DRAFT);
        assertThat(entry.getReason()).isNull();
    }
}
