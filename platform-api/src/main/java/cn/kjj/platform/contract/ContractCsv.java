package cn.kjj.platform.contract;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Contract rows as CSV (RFC 4180): a header of the JSON property names, then one line per
 * contract, CRLF line ends. Text that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so that a title
 * cannot become a command in an official's spreadsheet program.
 */
final class ContractCsv {

    /** The UTF-8 byte order mark, so that spreadsheet programs read Chinese correctly. */
    static final char BOM = '\uFEFF';

    private record Column(String name, Function<ContractSummary, Object> value, boolean text) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("id", ContractSummary::id, false),
            new Column("registrationNo", ContractSummary::registrationNo, false),
            new Column("title", ContractSummary::title, true),
            new Column("type", ContractSummary::type, false),
            new Column("subtype", ContractSummary::subtype, false),
            new Column("technologyField", ContractSummary::technologyField, false),
            new Column("buyerName", ContractSummary::buyerName, true),
            new Column("signedOn", ContractSummary::signedOn, false),
            new Column("contractAmount", ContractSummary::contractAmount, false),
            new Column("techTransactionAmount", ContractSummary::techTransactionAmount, false),
            new Column("status", ContractSummary::status, false),
            new Column("registeredOn", ContractSummary::registeredOn, false),
            new Column("sellerId", ContractSummary::sellerId, false),
            new Column("sellerName", ContractSummary::sellerName, true),
            new Column("sellerRegionCode", ContractSummary::sellerRegionCode, false),
            new Column("submittedAt", ContractSummary::submittedAt, false),
            new Column("dueOn", ContractSummary::dueOn, false),
            new Column("overdue", ContractSummary::overdue, false),
            new Column("needsTwoOfficials", ContractSummary::needsTwoOfficials, false),
            new Column("version", ContractSummary::version, false));

    private ContractCsv() {
    }

    static void header(Writer out) throws IOException {
        out.write(BOM);
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(COLUMNS.get(i).name());
        }
        out.write("\r\n");
    }

    static void row(Writer out, ContractSummary contract) throws IOException {
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Column column = COLUMNS.get(i);
            out.write(cell(column.value().apply(contract), column.text()));
        }
        out.write("\r\n");
    }

    static String cell(Object value, boolean text) {
        if (value == null) {
            return "";
        }
        String s = value instanceof BigDecimal amount ? amount.toPlainString() : value.toString();
        if (text && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
