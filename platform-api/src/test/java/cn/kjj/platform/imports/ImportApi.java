package cn.kjj.platform.imports;

import cn.kjj.platform.ApiFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The import API as the tests call it, and files made the way people make them. */
@Component
class ImportApi {

    static final String IMPORTS = "/api/v1/imports";
    static final String PENGJIANG = "440703";
    static final String XINHUI = "440705";
    /** Statistics tests take years of their own in the 1990s, which no other API test records. */
    private static final AtomicInteger YEARS = new AtomicInteger(1990);

    private final MockMvcTester mvc;
    private final ApiFixtures fixtures;

    ImportApi(MockMvcTester mvc, ApiFixtures fixtures) {
        this.mvc = mvc;
        this.fixtures = fixtures;
    }

    MockMvcTester mvc() {
        return mvc;
    }

    ApiFixtures fixtures() {
        return fixtures;
    }

    static int freshYear() {
        return YEARS.getAndIncrement();
    }

    /** Uploads and waits for the job: 201 when it went in, 400 with the errors when not. */
    MvcTestResult importNow(String bearer, String kind, String filename, byte[] bytes) {
        return mvc.post().uri(IMPORTS + "/{kind}?wait=true", kind)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .multipart().file(new MockMultipartFile("file", filename, "application/octet-stream", bytes))
                .exchange();
    }

    /** Uploads and answers at once (202 with the job). */
    MvcTestResult upload(String bearer, String kind, String filename, byte[] bytes) {
        return mvc.post().uri(IMPORTS + "/{kind}", kind)
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .multipart().file(new MockMultipartFile("file", filename, "text/csv", bytes))
                .exchange();
    }

    MvcTestResult get(String bearer, String path) {
        return mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
    }

    long count(String sql, Object... params) {
        return fixtures.jdbc().sql(sql).params(params).query(Long.class).single();
    }

    /** A CSV as a spreadsheet program saves it ("CSV UTF-8"): BOM, CRLF, quotes where needed. */
    static byte[] csv(List<List<Object>> rows) {
        StringBuilder text = new StringBuilder("\uFEFF");
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append(',');
                }
                String cell = row.get(i) == null ? "" : row.get(i).toString();
                boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n");
                text.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            text.append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An XLSX with typed cells: numbers as numbers, dates as date cells. */
    static byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("数据");
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (value instanceof LocalDate d) {
                        sheet.value(r, c, d);
                        sheet.style(r, c).format("yyyy\"年\"m\"月\"d\"日\"").set();
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }
}
