import cn.kjj.platform.enterprise.CreditCode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an enterprises import file of N rows (CSV UTF-8 with BOM, the template's Chinese header),
 * every row valid: credit codes with correct check characters (CreditCode.withCheckCharacters),
 * unique organisation codes starting with "B" (no demo or test record uses that), districts of
 * Jiangmen in turn, every optional column filled.
 *
 * Run with the domain classes on the class path (Java's single-file source launcher):
 *   java -cp platform-domain/target/classes bench/GenerateImportFile.java 100000 /tmp/enterprises.csv
 */
public class GenerateImportFile {

    private static final String[] DISTRICTS = {"440703", "440704", "440705", "440781", "440783", "440784", "440785"};
    private static final String[] INDUSTRIES = {"电子信息", "先进制造", "新材料", "生物医药", "新能源", "节能环保"};

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write("企业名称,统一社会信用代码,行政区划代码,所属行业,成立日期,职工总数,研发人员数,营业收入（元）,研发费用（元）\r\n");
            for (int i = 0; i < rows; i++) {
                String region = DISTRICTS[i % DISTRICTS.length];
                String organisation = "B" + String.format("%07d", i);
                String code = CreditCode.withCheckCharacters("91" + region + organisation).value();
                int employees = 20 + i % 480;
                w.write("基准测试企业" + i + "号有限公司," + code + "," + region + "," + INDUSTRIES[i % INDUSTRIES.length] + ","
                        + (2000 + i % 24) + "-" + String.format("%02d", 1 + i % 12) + "-" + String.format("%02d", 1 + i % 28)
                        + "," + employees + "," + (employees / 10) + "," + (1_000_000L + i * 37L) + "." + String.format("%02d", i % 100)
                        + "," + (50_000L + i * 3L) + ".50\r\n");
            }
        }
        System.out.println("wrote " + rows + " rows to " + out + " (" + Files.size(out) / 1024 + " KiB)");
    }
}
