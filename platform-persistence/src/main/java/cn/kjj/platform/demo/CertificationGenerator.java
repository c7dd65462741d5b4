package cn.kjj.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * High-tech certificates (three years, {@code GR{year}44{serial}}) that give exactly the stock of
 * {@link HighTechPlan}, district by district and year by year from 2008 to the current year.
 * Certificates are issued in three batches a year; when a certificate reaches its last year the
 * enterprise applies again (重新认定, a RENEWAL issued in the same or an earlier batch, so it never
 * leaves a gap) or, for about one in twelve, lets it lapse; a few are revoked from 2023 on; new
 * enterprises make up the rest of the planned stock. Nothing dated after today is issued: renewals
 * of the current year's later batch are still pending and show in the renewal pipeline.
 */
final class CertificationGenerator {

    /** Batch dates (month, day) of the certificates issued in a year. */
    private static final int[][] BATCHES = {{10, 20}, {11, 20}, {12, 10}};
    private static final String[] REVOCATION_REASONS = {"申请认定过程中存在严重弄虚作假行为",
            "发生重大安全事故，经核实不再符合高新技术企业条件", "发生严重环境违法行为",
            "连续两年未按期填报高新技术企业年度发展情况报表"};
    private static final int LAPSE_ONE_IN = 12;

    /** An enterprise whose certificate is in force: the year and batch of its latest certificate. */
    private static final class Holder {
        final DemoEnterprise enterprise;
        int year;
        int batch;

        Holder(DemoEnterprise enterprise, int year, int batch) {
            this.enterprise = enterprise;
            this.year = year;
            this.batch = batch;
        }
    }

    private final Random random;
    private final DemoIds ids;
    private final DemoRows rows;
    private final EnterpriseFactory enterprises;
    private final DemoStory story;
    private final LocalDate today;
    private final Map<Integer, Integer> serials = new HashMap<>();

    CertificationGenerator(Random random, DemoIds ids, DemoRows rows, EnterpriseFactory enterprises, DemoStory story,
                           LocalDate today) {
        this.random = random;
        this.ids = ids;
        this.rows = rows;
        this.enterprises = enterprises;
        this.story = story;
        this.today = today;
    }

    void generate() {
        for (DemoDistrict district : DemoDistrict.values()) {
            List<Holder> holders = new ArrayList<>();
            for (int year = HighTechPlan.FIRST_YEAR; year <= today.getYear(); year++) {
                renewOrLapse(district, year, holders);
                revoke(district, year, holders);
                certifyNew(district, year, holders);
            }
        }
    }

    private void renewOrLapse(DemoDistrict district, int year, List<Holder> holders) {
        List<Holder> expiring = holders.stream().filter(h -> h.year == year - 3).toList();
        int lapses = Math.max(HighTechPlan.stock(district, year - 1) - HighTechPlan.stock(district, year),
                expiring.size() / LAPSE_ONE_IN);
        List<Holder> mayLapse = new ArrayList<>(expiring.stream().filter(h -> !story.isDemo(h.enterprise)).toList());
        Collections.shuffle(mayLapse, random);
        holders.removeAll(mayLapse.subList(0, Math.min(lapses, mayLapse.size())));
        for (Holder h : expiring) {
            if (!holders.contains(h)) {
                continue;
            }
            int batch = random.nextInt(h.batch + 1);
            LocalDate issued = story.isDemo(h.enterprise) ? story.renewalDate(year, today) : batchDate(year, batch);
            if (!issued.isAfter(today)) {
                h.year = year;
                h.batch = batch;
                certificate(h.enterprise, "RENEWAL", issued);
            }
        }
    }

    private void revoke(DemoDistrict district, int year, List<Holder> holders) {
        LocalDate earliest = LocalDate.of(year, 3, 1);
        for (int i = 0; i < HighTechPlan.revocations(district, year) && earliest.isBefore(today); i++) {
            List<Holder> candidates = holders.stream()
                    .filter(h -> (h.year == year - 1 || h.year == year - 2) && !story.isDemo(h.enterprise)).toList();
            Holder h = candidates.get(random.nextInt(candidates.size()));
            LocalDate revokedOn = earliest.plusDays(random.nextInt(200));
            if (revokedOn.isAfter(today)) {
                revokedOn = today;
            }
            holders.remove(h);
            markRevoked(h, revokedOn, REVOCATION_REASONS[random.nextInt(REVOCATION_REASONS.length)]);
        }
    }

    private void certifyNew(DemoDistrict district, int year, List<Holder> holders) {
        int missing = HighTechPlan.stock(district, year) - holders.size();
        if (missing < 0) {
            throw new IllegalStateException("plan of " + district + " shrinks faster than certificates lapse in " + year);
        }
        if (year == DemoStory.FIRST_CERTIFIED_YEAR && district == story.enterprise().district()) {
            holders.add(new Holder(story.enterprise(), year, BATCHES.length - 1));
            certificate(story.enterprise(), "INITIAL", story.renewalDate(year, today));
            missing--;
        }
        for (int i = 0; i < missing; i++) {
            int batch = random.nextInt(BATCHES.length);
            LocalDate issued = batchDate(year, batch);
            if (issued.isAfter(today)) {
                continue;
            }
            DemoEnterprise enterprise = enterprises.create(district, issued);
            holders.add(new Holder(enterprise, year, batch));
            certificate(enterprise, "INITIAL", issued);
        }
    }

    /** The latest certificate of the holder is revoked: rewrite its row (the last one of the enterprise). */
    private void markRevoked(Holder h, LocalDate revokedOn, String reason) {
        List<Object[]> certificates = rows.rows(DemoRows.CERTIFICATION);
        for (int i = certificates.size() - 1; i >= 0; i--) {
            Object[] row = certificates.get(i);
            if (row[1].equals(h.enterprise.id())) {
                row[6] = revokedOn;
                row[7] = reason;
                return;
            }
        }
        throw new IllegalStateException("no certificate of " + h.enterprise.name());
    }

    /** A certificate, not revoked (markRevoked may revoke it later). */
    private void certificate(DemoEnterprise enterprise, String kind, LocalDate issued) {
        String number = story.isDemo(enterprise) ? story.certificateNo(issued.getYear())
                : String.format("GR%d44%06d", issued.getYear(), serials.merge(issued.getYear(), 1, Integer::sum));
        rows.add(DemoRows.CERTIFICATION, ids.next("high_tech_certification"), enterprise.id(), number, kind, issued,
                issued.plusYears(3).minusDays(1), null, null);
    }

    static LocalDate batchDate(int year, int batch) {
        return LocalDate.of(year, BATCHES[batch][0], BATCHES[batch][1]);
    }
}
