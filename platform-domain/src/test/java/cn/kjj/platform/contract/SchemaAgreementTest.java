package cn.kjj.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The enums and the checks of V4 must name the same constants; a mismatch would pass every
 * unit test and fail only on insert. Reads the migration from the sibling module's sources.
 */
class SchemaAgreementTest {

    private static final Path V4 = Path.of("../platform-persistence/src/main/resources/db/migration/V4__contract_contracts.sql");
    private static String sql;

    @BeforeAll
    static void readMigration() throws IOException {
        assumeTrue(Files.exists(V4), "the migration is not next to this module");
        sql = Files.readString(V4, StandardCharsets.UTF_8);
    }

    @Test
    void theTechnologyFieldCheckListsExactlyTheEnumConstants() {
        assertThat(quotedIn(between("technology_field in (", ")"))).containsExactlyInAnyOrder(names(TechnologyField.values()));
    }

    @Test
    void theStatusCheckListsExactlyTheEnumConstants() throws IOException {
        // V21 redefined the check with CANCELLED (decision 0034)
        String v21 = Files.readString(V4.resolveSibling("V21__contract_changes_and_objections.sql"), StandardCharsets.UTF_8);
        int from = v21.indexOf("technology_contract_status_check check (status in (");
        String list = v21.substring(from, v21.indexOf(")", from + 50));
        assertThat(quotedIn(list)).containsExactlyInAnyOrder(names(ContractStatus.values()));
    }

    @Test
    void theSubtypeCheckStatesTheSameTableAsContractType() {
        for (ContractType type : ContractType.values()) {
            Matcher m = Pattern.compile("type = '" + type + "' and subtype (in \\(([^)]*)\\)|is null)").matcher(sql);
            assertThat(m.find()).as(type.name()).isTrue();
            if (type.allowedSubtypes().isEmpty()) {
                assertThat(m.group(1)).isEqualTo("is null");
            } else {
                assertThat(quotedIn(m.group(2))).containsExactlyInAnyOrder(
                        type.allowedSubtypes().stream().map(Enum::name).toArray(String[]::new));
            }
        }
    }

    private static String between(String start, String end) {
        int from = sql.indexOf(start) + start.length();
        return sql.substring(from, sql.indexOf(end, from));
    }

    private static String[] quotedIn(String text) {
        return Pattern.compile("'([A-Z_]+)'").matcher(text).results().map(r -> r.group(1)).toArray(String[]::new);
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
