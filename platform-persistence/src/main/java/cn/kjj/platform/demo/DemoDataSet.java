package cn.kjj.platform.demo;

import cn.kjj.platform.common.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

/**
 * Generates the whole demo data set in memory: the same rows for the same seed, today and existing
 * ids. Each feature draws from a random generator of its own, so that changing one feature leaves
 * the others' rows as they were.
 */
final class DemoDataSet {

    static final long SEED = 20_230_818L;

    private DemoDataSet() {
    }

    /**
     * @param story the demo enterprise (already stored) and the accounts
     * @param maxIds the highest id of every identity table before loading
     */
    static DemoRows generate(DemoStory story, Map<String, Long> maxIds, LocalDate today, WorkingDayCalendar calendar) {
        DemoRows rows = new DemoRows();
        DemoIds ids = new DemoIds(maxIds);
        EnterpriseFactory enterprises = new EnterpriseFactory(new Random(SEED), ids, rows);
        enterprises.adopt(story.enterprise());
        new CertificationGenerator(new Random(SEED + 1), ids, rows, enterprises, story, today).generate();
        for (DemoDistrict district : DemoDistrict.values()) {
            // technology SMEs without a certificate (yet): sellers, buyers and award winners too
            // (and as many as the district's technology SMEs need: DemoLadder)
            int smes = Math.max(enterprises.in(district).size() / 3,
                    DemoLadder.mostTechSmes(district, today) - enterprises.in(district).size());
            for (int i = 0; i < smes; i++) {
                enterprises.create(district, today.minusDays(30));
            }
        }
        ContractFactory terms = new ContractFactory(new Random(SEED + 2), enterprises);
        StoryContracts storyContracts = new StoryContracts(story, terms, today);
        ContractRecorder recorder = new ContractRecorder(ids, rows, calendar, story);
        new ContractGenerator(new Random(SEED + 3), terms, recorder, enterprises, storyContracts, today).generate();
        new IncubatorGenerator(new Random(SEED + 4), ids, rows).generate();
        new LabGenerator(new Random(SEED + 5), ids, rows, enterprises, story, today).generate();
        new ProgramGenerator(new Random(SEED + 6), ids, rows, enterprises, story, today).generate();
        new StatisticsGenerator(rows, today.getYear() - 1).generate();
        return rows;
    }
}
