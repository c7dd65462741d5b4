package cn.kjj.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import cn.kjj.platform.SqlFixtures;
import cn.kjj.platform.SqlFixtures.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

@PersistenceTest
class StatisticsSchemaTest {

    @Autowired
    SqlFixtures sql;

    @Test
    void statisticsForADistrictAreAcceptedWithTheDefaultLevel() {
        insertStatistic("440704", 2022);

        assertThat(sql.jdbc().sql("select region_level from regional_statistic where region_code = '440704'")
                .query(String.class).single()).isEqualTo("DISTRICT");
    }

    @Test
    void statisticsForACityAreRefused() {
        Refusal refusal = sql.refusal(() -> insertStatistic("440700", 2022));

        assertThat(refusal.exception()).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(refusal.sqlState()).isEqualTo(Refusal.FOREIGN_KEY);
        assertThat(refusal.constraint()).isEqualTo("regional_statistic_region_code_region_level_fkey");
    }

    @Test
    void statisticsForAProvinceAreRefused() {
        assertThat(sql.refusal(() -> insertStatistic("440000", 2022)).sqlState()).isEqualTo(Refusal.FOREIGN_KEY);
    }

    @Test
    void statisticsClaimingAnotherLevelAreRefused() {
        Refusal refusal = sql.refusal(() -> sql.jdbc().sql("""
                insert into regional_statistic (region_code, region_level, year, gdp, rd_expenditure, source)
                values ('440700', 'CITY', 2022, 1, 0, 'x')""").update());

        assertThat(refusal.constraint()).isEqualTo("regional_statistic_region_level_check");
    }

    @Test
    void aSecondRowForTheSameDistrictAndYearIsRefused() {
        insertStatistic("440704", 2022);

        assertThat(sql.refusal(() -> insertStatistic("440704", 2022)).sqlState()).isEqualTo(Refusal.UNIQUE);
    }

    @Test
    void aRevisionOfFiguresThatWereNeverRecordedIsRefused() {
        Refusal refusal = sql.refusal(() -> sql.jdbc().sql("""
                insert into regional_statistic_revision (region_code, year, gdp, rd_expenditure, source)
                values ('440704', 2021, 1, 0, 'x')""").update());

        assertThat(refusal.constraint()).isEqualTo("regional_statistic_revision_region_code_year_fkey");
    }

    @Test
    void aGdpOfZeroIsRefused() {
        Refusal refusal = sql.refusal(() -> sql.jdbc().sql("""
                insert into regional_statistic (region_code, year, gdp, rd_expenditure, source)
                values ('440704', 2022, 0, 0, 'x')""").update());

        assertThat(refusal.constraint()).isEqualTo("regional_statistic_gdp_check");
    }

    private void insertStatistic(String regionCode, int year) {
        sql.jdbc().sql("""
                        insert into regional_statistic (region_code, year, gdp, rd_expenditure, source)
                        values (?, ?, 30000000000.00, 1713000000.00, '江门市统计局')""")
                .params(regionCode, year)
                .update();
    }
}
