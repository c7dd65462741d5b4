package cn.kjj.platform.generator;

import cn.kjj.platform.generator.ScaleContracts.Parties;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the scale generator writes before the contracts: the enterprises with their certificates, annual figures,
 * high-tech applications and technology SMEs, and the achievements, in COPY batches; and the generated
 * enterprises already stored, which later runs continue.
 */
final class ScaleParties {

    private ScaleParties() {
    }

    /** Generated enterprises already stored, by ordinal, in arrays of at least {@code size}. */
    static Parties existing(JdbcClient jdbc, int size) {
        Map<Integer, Object[]> rows = new HashMap<>();
        jdbc.sql("select id, region_code, credit_code, name from enterprise where substr(credit_code, 9, 2) = ?")
                .param(ScaleEnterprises.NAMESPACE)
                .query((rs, i) -> rows.put(ScaleEnterprises.ordinalOf(rs.getString(3)),
                        new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)}))
                .list();
        int n = Math.max(size, rows.size());
        Parties parties = new Parties(new long[n], new String[n], new String[n], new String[n]);
        rows.forEach((ordinal, row) -> {
            if (ordinal >= rows.size()) {
                throw new IllegalStateException("generated enterprises are not numbered 0 to " + (rows.size() - 1));
            }
            parties.ids()[ordinal] = (Long) row[0];
            parties.regions()[ordinal] = (String) row[1];
            parties.creditCodes()[ordinal] = (String) row[2];
            parties.names()[ordinal] = (String) row[3];
        });
        return parties;
    }

    /**
     * Adds enterprises {@code from} to {@code settings.enterprises() - 1} with their certificates,
     * annual figures, applications and technology SMEs; returns how many certificates, figures,
     * applications (the passed ones included) and technology SMEs.
     */
    static int[] enterprises(JdbcClient jdbc, ScaleSettings settings, Parties parties, int from, long firstId, CopyPipeline copy)
            throws SQLException {
        int count = Math.max(0, settings.enterprises() - from);
        int[] made = new int[4];
        if (count == 0) {
            return made;
        }
        ScaleEnterprises rows = new ScaleEnterprises(settings);
        copy.run((count + ScaleGenerator.BATCH - 1) / ScaleGenerator.BATCH, (batch, texts) -> {
            StringBuilder enterprises = texts[0];
            StringBuilder certificates = texts[1];
            StringBuilder figures = texts[2];
            StringBuilder applications = texts[3];
            StringBuilder smes = texts[4];
            for (int k = batch * ScaleGenerator.BATCH; k < Math.min(count, (batch + 1) * ScaleGenerator.BATCH); k++) {
                int ordinal = from + k;
                long id = firstId + k;
                String region = rows.region(ordinal);
                parties.ids()[ordinal] = id;
                parties.regions()[ordinal] = region;
                parties.creditCodes()[ordinal] = ScaleEnterprises.creditCode(region, ordinal);
                ScaleEnterprises.Made enterprise = rows.enterprise(ordinal, id, region, enterprises);
                parties.names()[ordinal] = enterprise.name();
                int certified = rows.certifications(ordinal, id, certificates);
                ScaleEnterprises.Standing standing = rows.standing(ordinal, certified > 0);
                made[0] += certified;
                made[1] += rows.figures(ordinal, id, enterprise, standing, figures);
                made[2] += rows.applications(ordinal, id, region, standing, applications);
                made[3] += rows.techSmes(ordinal, id, region, enterprise, smes);
            }
        }, ScaleEnterprises.COLUMNS, ScaleEnterprises.CERTIFICATION_COLUMNS, ScaleEnterprises.FIGURES_COLUMNS,
                ScaleEnterprises.APPLICATION_COLUMNS, ScaleEnterprises.SME_COLUMNS);
        made[2] += passedApplications(jdbc);
        return made;
    }

    /**
     * Every generated certificate is the pass of an application of its year of issue (as in the
     * demo data, decision 0037): submitted five months before, recommended three months before,
     * passed on the day of issue, with an innovation score of at least 71. Written from the
     * certificates, so that each names its certificate; returns how many.
     */
    private static int passedApplications(JdbcClient jdbc) {
        return jdbc.sql("""
                insert into high_tech_application (enterprise_id, region_code, batch_year, status, innovation_score,
                    submitted_on, recommended_on, decided_on, certification_id)
                select h.enterprise_id, e.region_code, extract(year from h.issued_on)::int, 'PASSED',
                    71 + (hashtext(h.certificate_no) & 4095) % 2900 / 100.0, h.issued_on - 150, h.issued_on - 90,
                    h.issued_on, h.id
                from high_tech_certification h join enterprise e on e.id = h.enterprise_id
                where substr(h.certificate_no, 1, 2) = 'GF' and extract(year from h.issued_on) >= 2008
                  and not exists (select 1 from high_tech_application a
                                  where a.enterprise_id = h.enterprise_id
                                    and a.batch_year = extract(year from h.issued_on))""").update();
    }

    /** Adds registrations of other offices (imports) {@code from} to {@code from + count - 1}. */
    static void imports(ScaleImports rows, int from, int count, long firstId, CopyPipeline copy) throws SQLException {
        if (count == 0) {
            return;
        }
        copy.run((count + ScaleGenerator.BATCH - 1) / ScaleGenerator.BATCH, (batch, texts) -> {
            for (int k = batch * ScaleGenerator.BATCH; k < Math.min(count, (batch + 1) * ScaleGenerator.BATCH); k++) {
                rows.registration(from + (long) k, firstId + k, texts[0]);
            }
        }, ScaleImports.COLUMNS);
    }

    /** Adds achievements {@code from} to {@code from + count - 1}. */
    static void achievements(ScaleSettings settings, int from, int count, long firstId, CopyPipeline copy)
            throws SQLException {
        if (count == 0) {
            return;
        }
        ScaleAchievements rows = new ScaleAchievements(settings);
        copy.run((count + ScaleGenerator.BATCH - 1) / ScaleGenerator.BATCH, (batch, texts) -> {
            for (int k = batch * ScaleGenerator.BATCH; k < Math.min(count, (batch + 1) * ScaleGenerator.BATCH); k++) {
                rows.achievement(from + (long) k, firstId + k, texts[0]);
            }
        }, ScaleAchievements.COLUMNS);
    }
}
