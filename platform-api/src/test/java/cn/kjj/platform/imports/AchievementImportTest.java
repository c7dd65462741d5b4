package cn.kjj.platform.imports;

import static cn.kjj.platform.imports.ImportRows.row;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.ApiFixtures;
import cn.kjj.platform.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** A university's achievement list: all or nothing, bad lines named, a list imported twice refused. */
@ApiTest
class AchievementImportTest {

    private static final String JIANGHAI = ApiFixtures.JIANGHAI;

    @Autowired
    ImportApi api;

    @Test
    void aListWithBadLinesStoresNothingAndNamesThemThenTheCorrectedListIsSearchableByWordsAndCannotBeImportedTwice() {
        String holder = "测试大学" + UUID.randomUUID().toString().substring(0, 6);
        List<List<Object>> rows = new ArrayList<>(List.of(row("成果名称", "成果持有单位", "单位性质", "技术领域",
                "知识产权类型", "成熟度", "转化方式（可多选，用、分隔）", "参考价格", "成果简介", "联系方式", "发布地区代码")));
        String[] titles = {"一种半导体芯片的封装工艺", "锂电池管理系统", "陈皮加工方法", "污水处理装置", "伺服电机控制方法"};
        for (String title : titles) {
            rows.add(row(title, holder, "高等院校", "电子信息", "专利", "中试阶段", "转让、许可", "面议", title + "的简介",
                    "科研处", JIANGHAI));
        }
        List<List<Object>> bad = new ArrayList<>(rows.stream().map(ArrayList::new).map(r -> (List<Object>) r).toList());
        bad.get(2).set(5, "成熟");                 // line 3: no such maturity
        bad.get(4).set(6, "转让、赠送");            // line 5: no such transfer mode
        bad.add(new ArrayList<>(bad.get(1)));      // line 7: repeats line 2
        String official = api.fixtures().officialBearer(JIANGHAI);

        assertThat(api.importNow(official, "achievements", "成果清单.csv", ImportApi.csv(bad)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errors[*].line", v -> v.assertThat().asArray().containsExactly(3, 5, 7))
                .hasPathSatisfying("$.errors[*].column", v -> v.assertThat().asArray()
                        .containsExactly("成熟度", "转化方式（可多选，用、分隔）", "成果名称"));
        assertThat(api.count("select count(*) from achievement where holder = ?", holder)).isZero();

        assertThat(api.importNow(official, "achievements", "成果清单.xlsx", ImportApi.xlsx(rows)))
                .hasStatus(HttpStatus.CREATED).bodyJson()
                .hasPathSatisfying("$.createdRows", v -> v.assertThat().isEqualTo(5));
        assertThat(api.get(official, "/api/v1/achievements?q=芯片封装 " + holder)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.content[*].title", v -> v.assertThat().asArray()
                        .containsExactly("一种半导体芯片的封装工艺"))
                .hasPathSatisfying("$.content[0].transferModes", v -> v.assertThat().asArray()
                        .containsExactly("TRANSFER", "LICENSING"));

        assertThat(api.importNow(official, "achievements", "again.csv", ImportApi.csv(rows)))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .hasPathSatisfying("$.errorCount", v -> v.assertThat().isEqualTo(5));
        assertThat(api.count("select count(*) from achievement where holder = ?", holder)).isEqualTo(5);
    }
}
