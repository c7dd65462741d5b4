package cn.kjj.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.report.ReportValue.Kind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnualReportSentencesTest {

    static YearFigures year(int year, long stock, String rd, String output) {
        BigDecimal zero = new BigDecimal("0.00");
        return new YearFigures(year, stock, 0, 0, 0, 0, rd == null ? null : new BigDecimal(rd), null, null,
                new BigDecimal(output), 0, zero, 0, 0, zero, zero, 0, 0);
    }

    @Test
    void anIncreaseNamesBothFiguresTheSignedChangeAndItsSize() {
        ReportSentence s = AnnualReportSentences.relative("highTech", 2022, Kind.COUNT, new BigDecimal("407"),
                new BigDecimal("672"));

        assertThat(s.key()).isEqualTo("report.sentence.highTech.up");
        assertThat(s.args()).containsExactly(ReportValue.of(Kind.YEAR, 2022), ReportValue.of(Kind.COUNT, 407),
                ReportValue.of(Kind.COUNT, 672), ReportValue.of(Kind.CHANGE, new BigDecimal("0.651106")),
                ReportValue.of(Kind.CHANGE_SIZE, new BigDecimal("0.651106")));
    }

    @Test
    void aDecreaseIsDownWithANegativeChangeAndAPositiveSize() {
        ReportSentence s = AnnualReportSentences.relative("output", 2023, Kind.MONEY, new BigDecimal("400000.00"),
                new BigDecimal("350000.00"));

        assertThat(s.key()).isEqualTo("report.sentence.output.down");
        assertThat(s.args().get(3).value()).isEqualByComparingTo("-0.125");
        assertThat(s.args().get(4).value()).isEqualByComparingTo("0.125");
    }

    @Test
    void noFigureThisYearIsMissingAndNoneTheYearBeforeIsFirst() {
        assertThat(AnnualReportSentences.relative("highTech", 2020, Kind.COUNT, BigDecimal.ZERO, BigDecimal.ZERO).key())
                .isEqualTo("report.sentence.highTech.missing");
        ReportSentence first = AnnualReportSentences.relative("highTech", 2020, Kind.COUNT, BigDecimal.ZERO,
                new BigDecimal("12"));
        assertThat(first.key()).isEqualTo("report.sentence.highTech.first");
        assertThat(first.args()).containsExactly(ReportValue.of(Kind.YEAR, 2020), ReportValue.of(Kind.COUNT, 12));
        assertThat(AnnualReportSentences.relative("funding", 2020, Kind.MONEY, null, new BigDecimal("5.00")).key())
                .isEqualTo("report.sentence.funding.first");
        assertThat(AnnualReportSentences.relative("highTech", 2020, Kind.COUNT, new BigDecimal("12"),
                new BigDecimal("12")).key()).isEqualTo("report.sentence.highTech.same");
        assertThat(AnnualReportSentences.relative("highTech", 2020, Kind.COUNT, new BigDecimal("12"),
                BigDecimal.ZERO).key()).isEqualTo("report.sentence.highTech.down");
    }

    @Test
    void rdIntensityChangesInPercentagePointsAndAMissingYearSaysSo() {
        ReportSentence up = AnnualReportSentences.points("rd", 2022, new BigDecimal("0.0520"), new BigDecimal("0.0571"));
        assertThat(up.key()).isEqualTo("report.sentence.rd.up");
        assertThat(up.args().get(3)).isEqualTo(ReportValue.of(Kind.POINTS, new BigDecimal("0.0051")));
        assertThat(AnnualReportSentences.points("rd", 2022, new BigDecimal("0.0571"), null).key())
                .isEqualTo("report.sentence.rd.missing");
        assertThat(AnnualReportSentences.points("rd", 2022, null, new BigDecimal("0.0571")).key())
                .isEqualTo("report.sentence.rd.first");
    }

    @Test
    void theReportSaysEveryIndicatorOnceInAFixedOrder() {
        List<ReportSentence> sentences = AnnualReportSentences.of(
                List.of(year(2021, 407, "0.0520", "100.00"), year(2022, 672, null, "0.00")), List.of());

        assertThat(sentences).extracting(ReportSentence::key).containsExactly("report.sentence.highTech.up",
                "report.sentence.rd.missing", "report.sentence.output.down", "report.sentence.absorption.missing",
                "report.sentence.platforms.missing", "report.sentence.funding.missing");
    }
}
