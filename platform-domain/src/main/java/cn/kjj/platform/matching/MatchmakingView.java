package cn.kjj.platform.matching;

import cn.kjj.platform.contract.ContractStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A brokered meeting with the chain it stands in: the demand and its enterprise, the achievement and
 * its holder, and for a contract outcome the registered contract and its turnover (合同成交额).
 */
public record MatchmakingView(Long id, String regionCode, LocalDate meetingOn, MatchOutcome outcome, String note,
                              Long demandId, String demandTitle, Long enterpriseId, String enterpriseName,
                              Long achievementId, String achievementTitle, String holder, Long contractId,
                              String contractTitle, String registrationNo, ContractStatus contractStatus,
                              LocalDate registeredOn, BigDecimal contractAmount, BigDecimal techTransactionAmount,
                              long version) {
}
