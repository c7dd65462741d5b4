package cn.kjj.platform.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.contract.TechnologyField;
import cn.kjj.platform.enterprise.OrganisationNature;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseWordsTest {

    @Test
    void chipPackagingIsTwoWordsThatTheCraftOfPackagingChipsAlsoHas() {
        assertThat(ChineseWords.of("芯片封装")).containsExactly("芯片", "封装");
        assertThat(ChineseWords.of("一种半导体芯片的封装工艺")).containsExactly("半导体", "芯片", "封装", "工艺");
    }

    @Test
    void aGraduateStudentIsNotInResearchOnTheOriginOfLife() {
        assertThat(ChineseWords.of("研究生命起源")).containsExactly("研究", "生命", "起源").doesNotContain("研究生");
        assertThat(ChineseWords.of("研究生")).containsExactly("研究生");
    }

    @Test
    void functionWordsAndPunctuationAreLeftOutAndEnglishIsLowerCased() {
        assertThat(ChineseWords.of("芯片的封装，和 Coating！")).containsExactly("芯片", "封装", "coat");
        assertThat(ChineseWords.of("  ")).isEmpty();
        assertThat(ChineseWords.indexed("芯片封装", null, "工艺")).isEqualTo("芯片 封装 工艺");
        assertThat(ChineseWords.stored("芯片 封装 芯片")).containsExactly("芯片", "封装");
    }

    @Test
    void anAchievementNamesEveryMissingFieldAtOnceAndKeepsItsTransferModesInOrderOnce() {
        assertThatThrownBy(() -> new AchievementDetails(" ", null, null, null, null, null, List.of(), null, null,
                null, "44070").validated())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .contains("title", "holder", "holderNature", "field", "maturity", "transferModes", "summary",
                                "regionCode"));
        AchievementDetails ok = new AchievementDetails(" 芯片封装工艺 ", "五邑大学", OrganisationNature.UNIVERSITY,
                TechnologyField.ELECTRONIC_INFORMATION, null, Maturity.PILOT,
                List.of(TransferMode.LICENSING, TransferMode.TRANSFER, TransferMode.LICENSING), null, "简介", null,
                "440704").validated();
        assertThat(ok.title()).isEqualTo("芯片封装工艺");
        assertThat(ok.transferModes()).containsExactly(TransferMode.TRANSFER, TransferMode.LICENSING);
        assertThat(ok.ipType()).isEqualTo(cn.kjj.platform.contract.IpType.NONE);
    }

    @Test
    void onlyAContractOutcomeNamesAContractAndItMust() {
        LocalDate day = LocalDate.of(2023, 5, 18);
        assertThatThrownBy(() -> new MatchmakingDetails(1L, 2L, day, MatchOutcome.CONTRACT, null, null).validated())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).code())
                        .isEqualTo("error.matchmaking.contractRequired"));
        assertThatThrownBy(() -> new MatchmakingDetails(1L, 2L, day, MatchOutcome.MEETING, 9L, null).validated())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).code())
                        .isEqualTo("error.matchmaking.contractOnlyForContract"));
        assertThat(new MatchmakingDetails(1L, 2L, day, MatchOutcome.CONTRACT, 9L, " 签约 ").validated().note())
                .isEqualTo("签约");
    }
}
