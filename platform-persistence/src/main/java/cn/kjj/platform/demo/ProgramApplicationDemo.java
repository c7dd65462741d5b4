package cn.kjj.platform.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Programs from call to acceptance in the demo (issue 15, docs/demo-data.md): Jianghai's program of
 * this year with a call open now and applications in every status, the demo enterprise's among them,
 * four experts and their scores, three of them with their accounts (one with reviews still to score);
 * and the county shape of seed [003]: Taishan's 2023 program whose
 * supervision terminated 5 projects and recovered 320,000 yuan; and an open competition of Jianghai
 * (揭榜挂帅, 赛马) with three teams, one dropped at its stage review. Written with the rest of the demo
 * data, in its transaction; every total is the sum of its rows, so the schema's money checks hold.
 */
record ProgramApplicationDemo(JdbcClient jdbc, DemoStory story, LocalDate today) {

    static final String JIANGHAI_PROGRAM = "江海区科技计划项目";
    static final String TAISHAN_PROGRAM = "2023年台山市科技计划项目";
    static final BigDecimal TAISHAN_RECOVERED = new BigDecimal("320000.00");

    /** One application: its last status, what was asked, approved, paid in tranches and recovered. */
    private record Plan(String title, String status, String requested, String approved, List<String> tranches,
                        String recovered, List<Integer> scores) {
    }

    void load() {
        long official = story.account("official.jianghai");
        long city = story.account("official.city");
        List<Long> experts = List.of(
                expert("李明", "五邑大学", "智能制造、机器人"),
                expert("陈静", "广东工业大学", "新材料"),
                expert("黄伟", "江门市科学技术情报研究所", "电子信息"),
                expert("周红", "江门市中心医院", "生物医药"));
        expertAccounts();
        int year = today.getYear();
        long jianghai = program(JIANGHAI_PROGRAM.replace("江海区", year + "年江海区"), "440704", year, "3000000.00");
        long open = call(jianghai, year + "年度江海区科技计划项目申报指南", today.minusDays(30), today.plusDays(30),
                "2000000.00", "ANY");
        List<Long> jianghaiFirms = enterprises("440704", 12);
        List<Plan> plans = List.of(
                new Plan("高精度伺服电机控制器研发", "UNDER_REVIEW", "500000.00", null, List.of(), null, List.of(86, 91)),
                new Plan("智能仓储调度系统", "SUBMITTED", "300000.00", null, List.of(), null, List.of()),
                new Plan("新型锂电池隔膜材料", "RETURNED", "400000.00", null, List.of(), null, List.of()),
                new Plan("家电外壳回收再利用", "REJECTED", "150000.00", null, List.of(), null, List.of()),
                new Plan("工业视觉检测平台", "UNDER_REVIEW", "350000.00", null, List.of(), null, List.of(78, 74)),
                new Plan("低功耗物联网模组", "DECLINED", "250000.00", null, List.of(), null, List.of(61, 58)),
                new Plan("精密注塑模具数字化", "APPROVED", "300000.00", "260000.00", List.of("130000.00"), null,
                        List.of(88, 84)),
                new Plan("新能源汽车电控测试", "MIDTERM_PASSED", "400000.00", "360000.00",
                        List.of("180000.00", "90000.00"), null, List.of(90, 87)),
                new Plan("纺织印染废水处理", "MIDTERM_FAILED", "200000.00", "180000.00", List.of("90000.00"), null,
                        List.of(80, 76)),
                new Plan("医用敷料抗菌涂层", "EXTENDED", "220000.00", "200000.00", List.of("100000.00", "60000.00"),
                        null, List.of(83, 85)),
                new Plan("激光切割头国产化", "COMPLETED", "300000.00", "300000.00",
                        List.of("150000.00", "150000.00"), null, List.of(92, 89)),
                new Plan("五金卫浴智能产线", "TERMINATED", "200000.00", "200000.00", List.of("100000.00"), "40000.00",
                        List.of(75, 79)));
        BigDecimal approved = BigDecimal.ZERO;
        for (int i = 0; i < plans.size(); i++) {
            long enterprise = i == 0 ? story.enterprise().id() : jianghaiFirms.get(i);
            approved = approved.add(application(jianghai, open, enterprise, plans.get(i), official, experts,
                    today.minusDays(25)));
        }
        book(jianghai, open, approved);
        competition(year, official, experts, jianghaiFirms);

        long taishan = program(TAISHAN_PROGRAM, "440781", 2023, "3000000.00");
        long taishanCall = call(taishan, "2023年度台山市科技计划项目申报指南", LocalDate.of(2023, 3, 1),
                LocalDate.of(2023, 4, 30), "3000000.00", "ANY");
        List<Long> taishanFirms = enterprises("440781", 8);
        BigDecimal taishanApproved = BigDecimal.ZERO;
        for (int i = 0; i < 8; i++) {
            boolean terminated = i < 5;
            Plan plan = new Plan("台山科技计划项目 " + (i + 1), terminated ? "TERMINATED" : "COMPLETED", "300000.00",
                    "250000.00", terminated ? List.of("125000.00") : List.of("125000.00", "125000.00"),
                    terminated ? "64000.00" : null, List.of(80 + i, 82));
            taishanApproved = taishanApproved.add(application(taishan, taishanCall, taishanFirms.get(i), plan, city,
                    experts, LocalDate.of(2023, 3, 20)));
        }
        book(taishan, taishanCall, taishanApproved);
    }

    /**
     * An open competition of Jianghai (揭榜挂帅, 赛马; decision 0044): a challenge with a prize of 800,000
     * yuan reserved in its budget, three teams approved in parallel, two through the first stage review and
     * one dropped at it, whose unpaid rest went back to the budgets.
     */
    private void competition(int year, long official, List<Long> experts, List<Long> firms) {
        long program = program(year + "年江海区揭榜挂帅项目", "440704", year, "3000000.00", "OPEN_COMPETITION");
        long call = call(program, year + "年江海区“揭榜挂帅”榜单：伺服系统高精度编码器", today.minusDays(120),
                today.minusDays(60), "2000000.00", "ANY");
        jdbc.sql("update program_call set prize = 800000.00, guidelines = ? where id = ?")
                .params("发榜方为江门市装备制造龙头企业；择优支持多家团队并行攻关（赛马制），阶段考核、竞争淘汰，"
                        + "揭榜胜出的团队获得奖金", call).update();
        BigDecimal approved = BigDecimal.ZERO;
        BigDecimal cancelled = BigDecimal.ZERO;
        String[][] teams = {
                {"高精度绝对式编码器（五邑大学联合体）", "true"},
                {"磁电式编码器国产化（产学研联合体）", "true"},
                {"光栅编码器芯片攻关", "false"}};
        for (int t = 0; t < teams.length; t++) {
            Plan plan = new Plan(teams[t][0], "APPROVED", "400000.00", "400000.00", List.of("150000.00"), null,
                    List.of(85 - t, 88 - t));
            long enterprise = firms.get(firms.size() - 1 - t);
            approved = approved.add(application(program, call, enterprise, plan, official, experts,
                    today.minusDays(100)));
            long id = jdbc.sql("select max(id) from program_application where call_id = ?").param(call)
                    .query(Long.class).single();
            boolean passed = Boolean.parseBoolean(teams[t][1]);
            BigDecimal rest = passed ? null : new BigDecimal("250000.00");
            jdbc.sql(passed ? "update program_application set stage = 1 where id = ?"
                    : "update program_application set status = 'DROPPED', cancelled_amount = 250000.00 where id = ?")
                    .param(id).update();
            jdbc.sql("""
                            insert into program_application_history (application_id, at, actor_id, actor_name, action,
                                from_status, to_status, reason, amount)
                            values (?, ?, ?, '科技局经办人', 'STAGE_REVIEW', 'APPROVED', ?, ?, ?)""")
                    .params(id, at(today.minusDays(20)), official, passed ? "APPROVED" : "DROPPED",
                            passed ? "第一阶段考核通过：样机精度达到榜单要求" : "第一阶段考核未通过：样机分辨率未达到榜单要求，淘汰",
                            rest).update();
            if (!passed) {
                cancelled = cancelled.add(rest);
            }
        }
        book(program, call, approved.subtract(cancelled));
    }

    /** The demo experts' accounts (decision 0042), with the demo accounts' password hash. */
    private void expertAccounts() {
        for (DemoAccounts.ExpertAccount account : DemoAccounts.EXPERTS) {
            jdbc.sql("""
                            insert into account (username, password_hash, display_name, roles, expert_id)
                            select ?, a.password_hash, e.name, array['EXPERT']::varchar(20)[], e.id
                            from account a, expert e where a.username = ? and e.name = ? and e.region_code = '440704'
                            on conflict (username) do nothing""")
                    .params(account.username(), DemoAccounts.ADMIN, account.expertName()).update();
        }
    }

    private long expert(String name, String organisation, String fields) {
        return jdbc.sql("insert into expert (name, organisation, fields, region_code) values (?, ?, ?, '440704') "
                + "returning id").params(name, organisation, fields).query(Long.class).single();
    }

    private long program(String name, String region, int year, String budget) {
        return program(name, region, year, budget, "OTHER");
    }

    private long program(String name, String region, int year, String budget, String kind) {
        return jdbc.sql("insert into program (name, kind, region_code, year, budget, description) "
                        + "values (?, ?, ?, ?, ?, '科技计划项目：申报、评审、立项、拨付、验收') returning id")
                .params(name, kind, region, year, new BigDecimal(budget)).query(Long.class).single();
    }

    private long call(long program, String title, LocalDate opens, LocalDate closes, String budget, String eligibility) {
        return jdbc.sql("""
                        insert into program_call (program_id, title, opens_on, closes_on, budget, eligibility,
                                                  required_documents, guidelines)
                        values (?, ?, ?, ?, ?, ?, array['项目申报书', '营业执照'], '支持企业开展关键核心技术攻关')
                        returning id""")
                .params(program, title, opens, closes, new BigDecimal(budget), eligibility).query(Long.class).single();
    }

    private List<Long> enterprises(String region, int count) {
        return jdbc.sql("select id from enterprise where region_code = ? and id <> ? order by id limit ?")
                .params(region, story.enterprise().id(), count).query(Long.class).list();
    }

    /** The application, its documents' metadata, steps, tranches and reviews; answers what was approved. */
    private BigDecimal application(long program, long call, long enterprise, Plan plan, long official,
                                   List<Long> experts, LocalDate submitted) {
        BigDecimal approved = plan.approved() == null ? null : new BigDecimal(plan.approved());
        BigDecimal paid = plan.tranches().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal recovered = plan.recovered() == null ? BigDecimal.ZERO : new BigDecimal(plan.recovered());
        long id = jdbc.sql("""
                        insert into program_application (program_id, call_id, enterprise_id, title, summary,
                            requested_amount, status, approved_amount, paid_total, recovered_total, created_at,
                            updated_at)
                        values (?, ?, ?, ?, '项目拟攻克关键工艺，形成自主知识产权。', ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(program, call, enterprise, plan.title(), new BigDecimal(plan.requested()), plan.status(),
                        approved, paid, recovered, at(submitted), at(submitted))
                .query(Long.class).single();
        List<String[]> steps = steps(plan);
        String from = null;
        LocalDate day = submitted;
        for (String[] step : steps) {
            boolean byApplicant = step[0].equals("SUBMIT") || step[0].equals("RESUBMIT");
            jdbc.sql("""
                            insert into program_application_history (application_id, at, actor_id, actor_name, action,
                                from_status, to_status, reason, amount)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, at(day), byApplicant ? null : official, byApplicant ? "申报单位" : "科技局经办人",
                            step[0], from, step[1], step[2], step[3] == null ? null : new BigDecimal(step[3]))
                    .update();
            from = step[1];
            day = day.plusDays(7);
        }
        for (int t = 0; t < plan.tranches().size(); t++) {
            jdbc.sql("insert into program_disbursement (application_id, amount, paid_on) values (?, ?, ?)")
                    .params(id, new BigDecimal(plan.tranches().get(t)), submitted.plusDays(30 + 60L * t)).update();
        }
        for (int e = 0; e < plan.scores().size(); e++) {
            jdbc.sql("""
                            insert into program_review (application_id, expert_id, score, comment, assigned_at, scored_at)
                            values (?, ?, ?, '技术路线清晰', ?, ?)""")
                    .params(id, experts.get(e), plan.scores().get(e), at(submitted.plusDays(8)),
                            at(submitted.plusDays(12))).update();
        }
        if (plan.status().equals("UNDER_REVIEW")) {
            // the third expert (expert.demo's) is assigned and has yet to score
            jdbc.sql("insert into program_review (application_id, expert_id, assigned_at) values (?, ?, ?)")
                    .params(id, experts.get(2), at(submitted.plusDays(9))).update();
        }
        return approved == null ? BigDecimal.ZERO : approved;
    }

    /** The steps that lead to the plan's status: {action, to status, reason, amount}. */
    private static List<String[]> steps(Plan plan) {
        List<String[]> steps = new java.util.ArrayList<>();
        steps.add(new String[] {"SUBMIT", "SUBMITTED", null, null});
        switch (plan.status()) {
            case "SUBMITTED" -> { }
            case "RETURNED" -> steps.add(new String[] {"RETURN", "RETURNED", "缺少财务审计报告", null});
            case "REJECTED" -> steps.add(new String[] {"REJECT", "REJECTED", "不符合申报指南的支持方向", null});
            default -> {
                steps.add(new String[] {"ACCEPT", "UNDER_REVIEW", null, null});
                if (plan.status().equals("DECLINED")) {
                    steps.add(new String[] {"DECLINE", "DECLINED", "专家评审得分未达立项线", null});
                } else if (!plan.status().equals("UNDER_REVIEW")) {
                    funded(plan, steps);
                }
            }
        }
        return steps;
    }

    private static void funded(Plan plan, List<String[]> steps) {
        steps.add(new String[] {"APPROVE", "APPROVED", null, plan.approved()});
        String status = "APPROVED";
        for (int t = 0; t < plan.tranches().size(); t++) {
            if (t == 1 || plan.status().equals("MIDTERM_FAILED") || plan.status().equals("TERMINATED")) {
                if (t == 0) {
                    steps.add(new String[] {"DISBURSE", status, null, plan.tranches().get(t)});
                }
                if (!status.equals("MIDTERM_PASSED")) {
                    boolean passed = !plan.status().equals("MIDTERM_FAILED") && !plan.status().equals("TERMINATED");
                    status = passed ? "MIDTERM_PASSED" : "MIDTERM_FAILED";
                    steps.add(new String[] {"MIDTERM", status, passed ? "进度符合计划" : "进度严重滞后", null});
                }
                if (t == 1) {
                    steps.add(new String[] {"DISBURSE", status, null, plan.tranches().get(t)});
                }
            } else {
                steps.add(new String[] {"DISBURSE", status, null, plan.tranches().get(t)});
            }
        }
        switch (plan.status()) {
            case "EXTENDED" -> steps.add(new String[] {"COMPLETE", "EXTENDED", "延期六个月验收", null});
            case "COMPLETED" -> steps.add(new String[] {"COMPLETE", "COMPLETED", "各项指标均已完成", null});
            case "TERMINATED" -> steps.add(new String[] {"TERMINATE", "TERMINATED", "项目无法继续实施，终止并追回资金",
                    plan.recovered()});
            default -> { }
        }
    }

    private void book(long program, long call, BigDecimal approved) {
        jdbc.sql("update program set approved_total = ? where id = ?").params(approved, program).update();
        jdbc.sql("update program_call set approved_total = ? where id = ?").params(approved, call).update();
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(9, 0).toInstant(ZoneOffset.ofHours(8)));
    }
}
