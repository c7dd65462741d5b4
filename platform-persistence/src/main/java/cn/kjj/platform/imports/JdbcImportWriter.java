package cn.kjj.platform.imports;

import cn.kjj.platform.enterprise.EnterpriseDetails;
import cn.kjj.platform.incubator.IncubatorDetails;
import cn.kjj.platform.lab.LabDetails;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes imported rows with PostgreSQL's {@code COPY ... FROM STDIN} on the transaction's own
 * connection, {@value #BATCH} rows per statement: the fastest way in, and every check, unique
 * index and foreign key of the schema still applies to every row. Omitted columns (ids, created
 * and updated times, versions) take their defaults.
 */
@Repository
class JdbcImportWriter implements ImportWriter {

    static final int BATCH = 5_000;

    private final DataSource dataSource;
    private final SQLExceptionTranslator translator;

    JdbcImportWriter(DataSource dataSource) {
        this.dataSource = dataSource;
        this.translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertEnterprises(List<EnterpriseDetails> rows, IntConsumer progress) {
        copy("enterprise (name, credit_code, region_code, industry, founded_on, employees, rd_staff, revenue, rd_expense)",
                rows, progress, (e, line) -> line.text(e.name()).text(e.creditCode()).text(e.regionCode())
                        .text(e.industry()).value(e.foundedOn()).value(e.employees()).value(e.rdStaff())
                        .value(e.revenue()).value(e.rdExpense()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertCertifications(List<ImportedCertification> rows, IntConsumer progress) {
        copy("high_tech_certification (enterprise_id, certificate_no, kind, issued_on, expires_on)", rows, progress,
                (c, line) -> line.value(c.enterpriseId()).text(c.certificateNo()).text(c.kind().name())
                        .value(c.issuedOn()).value(c.expiresOn()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertIncubators(List<IncubatorDetails> rows, IntConsumer progress) {
        copy("incubator (name, kind, level, region_code, operator, area_sqm, tenant_count, graduated_count, recognized_on)",
                rows, progress, (i, line) -> line.text(i.name()).text(i.kind().name()).text(i.level().name())
                        .text(i.regionCode()).text(i.operator()).value(i.areaSqm()).value(i.tenantCount())
                        .value(i.graduatedCount()).value(i.recognizedOn()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertLabs(List<LabDetails> rows, IntConsumer progress) {
        copy("lab (name, kind, level, region_code, host_enterprise_id, host_institution, recognized_on)", rows,
                progress, (l, line) -> line.text(l.name()).text(l.kind().name()).text(l.level().name())
                        .text(l.regionCode()).value(l.hostEnterpriseId()).text(l.hostInstitution())
                        .value(l.recognizedOn()));
    }

    private <T> void copy(String target, List<T> rows, IntConsumer progress, BiConsumer<T, CsvLine> columns) {
        String sql = "copy " + target + " from stdin with (format csv)";
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copyApi = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < rows.size(); from += BATCH) {
                int to = Math.min(rows.size(), from + BATCH);
                StringBuilder text = new StringBuilder((to - from) * 160);
                for (T row : rows.subList(from, to)) {
                    CsvLine line = new CsvLine(text);
                    columns.accept(row, line);
                    text.append('\n');
                }
                copyApi.copyIn(sql, new StringReader(text.toString()));
                progress.accept(to);
            }
        } catch (SQLException e) {
            throw translator.translate("COPY " + target, sql, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** One line of COPY's CSV: text always quoted (so "" is an empty string), NULL as nothing. */
    private static final class CsvLine {
        private final StringBuilder out;
        private boolean first = true;

        CsvLine(StringBuilder out) {
            this.out = out;
        }

        CsvLine text(String value) {
            separator();
            if (value != null) {
                out.append('"').append(value.replace("\"", "\"\"")).append('"');
            }
            return this;
        }

        CsvLine value(Object value) {
            separator();
            if (value != null) {
                out.append(value instanceof BigDecimal d ? d.toPlainString() : value.toString());
            }
            return this;
        }

        private void separator() {
            if (!first) {
                out.append(',');
            }
            first = false;
        }
    }
}
