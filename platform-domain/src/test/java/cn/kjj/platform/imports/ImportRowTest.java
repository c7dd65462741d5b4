package cn.kjj.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.enterprise.EnterpriseDetails;
import cn.kjj.platform.incubator.IncubatorKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the cells of a row: as written, never rounded, every mistake named by its column. */
class ImportRowTest {

    private static final ImportLayout ENTERPRISES = ImportKind.ENTERPRISES.layout();

    private static ImportRow row(List<String> header, List<ImportCell> cells) {
        // only the columns a test needs: the missing required ones do not matter here
        ImportHeader h = ImportHeader.read(ENTERPRISES, new ImportRecord(1, header.stream().map(ImportCell::text).toList()));
        return new ImportRow(h, new ImportRecord(7, cells));
    }

    private static ImportRow row(String header, String value) {
        return row(List.of(header), List.of(ImportCell.text(value)));
    }

    @Test
    void amountsAreTakenExactlyAsWrittenAndThreeDecimalsAreRefusedByTheMoneyRuleNotRounded() {
        ImportRow ok = row("营业收入（元）", "35000000.50");
        assertThat(ok.decimal("revenue")).isEqualByComparingTo("35000000.50");

        ImportRow three = row("营业收入（元）", "12345.678");
        BigDecimal revenue = three.decimal("revenue");
        EnterpriseDetails checked = three.check(() -> new EnterpriseDetails("甲", "91440704MA4UH5XB8Y", "440704", null,
                null, null, null, revenue, null).validated());
        assertThat(checked).isNull();
        assertThat(three.errors()).containsExactly(new RowError(7, "营业收入（元）", "error.money.scale", List.of(),
                "must have at most 2 decimals, got 12345.678"));
    }

    @Test
    void numbersWithSeparatorsOrWordsAreNamedAsSuch() {
        ImportRow row = row(List.of("营业收入（元）", "职工总数"), List.of(ImportCell.text("1,000"), ImportCell.text("十二")));
        assertThat(row.decimal("revenue")).isNull();
        assertThat(row.integer("employees")).isNull();
        assertThat(row.errors()).extracting(RowError::column, RowError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("营业收入（元）", "error.import.decimal"),
                org.assertj.core.groups.Tuple.tuple("职工总数", "error.import.integer"));
    }

    @Test
    void datesAreIsoOrSlashedOrAnExcelSerialInASpreadsheetButNeverAnImpossibleDay() {
        assertThat(row("成立日期", "2023-06-30").date("foundedOn")).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(row("成立日期", "2023/6/3").date("foundedOn")).isEqualTo(LocalDate.of(2023, 6, 3));
        assertThat(row(List.of("成立日期"), List.of(new ImportCell("45107", true))).date("foundedOn"))
                .isEqualTo(LocalDate.of(2023, 6, 30));
        ImportRow csvNumber = row("成立日期", "45107");
        assertThat(csvNumber.date("foundedOn")).isNull();
        ImportRow impossible = row("成立日期", "2023-02-30");
        assertThat(impossible.date("foundedOn")).isNull();
        assertThat(impossible.errors()).extracting(RowError::code).containsExactly("error.import.date");
    }

    @Test
    void wholeNumbersMayCarryAZeroFractionAsSpreadsheetsWriteThem() {
        assertThat(row("职工总数", "120.0").integer("employees")).isEqualTo(120);
        assertThat(row("职工总数", "120.5").integer("employees")).isNull();
    }

    @Test
    void choicesAreTakenByChineseNameEnglishNameOrConstant() {
        for (String text : List.of("众创空间", "Makerspace", "makerspace", "MAKERSPACE")) {
            assertThat(row("企业名称", text).choice("name", IncubatorKind.class, IncubatorKind::nameZh,
                    IncubatorKind::nameEn)).as(text).isEqualTo(IncubatorKind.MAKERSPACE);
        }
        ImportRow wrong = row("企业名称", "孵化园");
        assertThat(wrong.choice("name", IncubatorKind.class, IncubatorKind::nameZh, IncubatorKind::nameEn)).isNull();
        assertThat(wrong.errors().get(0).args()).containsExactly(
                "孵化器 (INCUBATOR), 众创空间 (MAKERSPACE), 加速器 (ACCELERATOR), 大学科技园 (UNIVERSITY_SCIENCE_PARK)");
    }

    @Test
    void theHeaderTakesChineseOrEnglishNamesAndNamesWhatIsUnknownDoubledOrMissing() {
        ImportHeader header = ImportHeader.read(ENTERPRISES, new ImportRecord(1, List.of(
                ImportCell.text("\uFEFF企业名称"), ImportCell.text("creditcode"), ImportCell.text("企业名称"),
                ImportCell.text("备注"), ImportCell.text(""))));
        assertThat(header.errors()).extracting(RowError::line, RowError::column, RowError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "企业名称", "error.import.column.duplicate"),
                org.assertj.core.groups.Tuple.tuple(1, "备注", "error.import.column.unknown"),
                org.assertj.core.groups.Tuple.tuple(1, "行政区划代码", "error.import.column.missing"));
        assertThat(header.header("creditCode")).isEqualTo("creditcode");
    }
}
