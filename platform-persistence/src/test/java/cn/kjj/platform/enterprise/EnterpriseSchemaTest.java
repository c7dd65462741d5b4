package cn.kjj.platform.enterprise;

import static cn.kjj.platform.SqlFixtures.CODE_A;
import static cn.kjj.platform.SqlFixtures.CODE_B;
import static cn.kjj.platform.SqlFixtures.CODE_C;
import static cn.kjj.platform.SqlFixtures.CODE_D;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import cn.kjj.platform.SqlFixtures;
import cn.kjj.platform.SqlFixtures.Refusal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

@PersistenceTest
class EnterpriseSchemaTest {

    /** {@link SqlFixtures#CODE_B} with its final check character changed from T to U. */
    private static final String WRONG_FINAL_CHECK = "91440300708461136U";
    /**
     * {@link SqlFixtures#CODE_B} with the organisation-code check character (position 17) changed from 6 to 5
     * and the final check character recomputed for the changed code, so that only the organisation check fails.
     */
    private static final String WRONG_ORGANISATION_CHECK = "91440300708461135P";

    @Autowired
    SqlFixtures sql;

    @Test
    void theCreditCodeFunctionAcceptsTheFourVerifiedCodes() {
        for (String code : new String[] {CODE_A, CODE_B, CODE_C, CODE_D}) {
            assertThat(valid(code)).as(code).isTrue();
            assertThat(sql.enterprise(code)).isPositive();
        }
    }

    @Test
    void aSecondEnterpriseWithTheSameCreditCodeIsRefused() {
        sql.enterprise(CODE_A);

        Refusal refusal = sql.refusal(() -> sql.enterprise(CODE_A));

        assertThat(refusal.exception()).isInstanceOf(DuplicateKeyException.class);
        assertThat(refusal.sqlState()).isEqualTo(Refusal.UNIQUE);
        assertThat(refusal.constraint()).isEqualTo("enterprise_credit_code_key");
    }

    @Test
    void aCreditCodeWithAWrongFinalCheckCharacterIsRefused() {
        assertThat(valid(WRONG_FINAL_CHECK)).isFalse();

        Refusal refusal = sql.refusal(() -> sql.enterprise(WRONG_FINAL_CHECK));

        assertThat(refusal.exception()).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(refusal.sqlState()).isEqualTo(Refusal.CHECK);
        assertThat(refusal.constraint()).isEqualTo("enterprise_credit_code_check");
    }

    @Test
    void aCreditCodeWithAWrongOrganisationCheckCharacterIsRefusedEvenWhenTheFinalCheckMatches() {
        assertThat(valid(WRONG_ORGANISATION_CHECK)).isFalse();
        assertThat(TestCreditCodes.finalCheck(WRONG_ORGANISATION_CHECK.substring(0, 17)))
                .as("the final check character is right for this code")
                .isEqualTo(WRONG_ORGANISATION_CHECK.charAt(17));

        Refusal refusal = sql.refusal(() -> sql.enterprise(WRONG_ORGANISATION_CHECK));

        assertThat(refusal.sqlState()).isEqualTo(Refusal.CHECK);
        assertThat(refusal.constraint()).isEqualTo("enterprise_credit_code_check");
    }

    @Test
    void creditCodesWithForbiddenLettersLowerCaseOrTheWrongLengthAreInvalid() {
        // I, O, S, V and Z are not in the GB 32100 character set
        assertThat(valid("9144030070846113OT")).isFalse();
        assertThat(valid(CODE_D.toLowerCase())).isFalse();
        assertThat(valid(CODE_B.substring(1))).isFalse();
        assertThat(valid(CODE_B + "0")).isFalse();
    }

    @Test
    void codesCompletedByTheTestCalculatorAreValidInTheDatabase() {
        assertThat(valid(TestCreditCodes.complete("91440704MA4WJH01"))).isTrue();
        assertThat(valid(TestCreditCodes.complete("1244070045586071"))).isTrue();
    }

    /**
     * The database's check (rewritten in V52 without its loops) accepts exactly the codes the application accepts:
     * completed codes and every other pair of check characters for them, and codes with a character outside the set.
     */
    @Test
    void theDatabaseAndTheApplicationAgreeOnEveryCheckCharacter() {
        SplittableRandom random = new SplittableRandom(52);
        List<String> codes = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                body.append(CreditCode.CHARSET.charAt(random.nextInt(CreditCode.CHARSET.length())));
            }
            for (char organisation : "0123456789X".toCharArray()) {
                for (char last : CreditCode.CHARSET.toCharArray()) {
                    codes.add(body.toString() + organisation + last);
                }
            }
            codes.add(body.substring(0, 10) + "I" + body.substring(11) + "00");
        }
        List<String> validInTheDatabase = sql.jdbc()
                .sql("select c from unnest(cast(? as text[])) c where credit_code_valid(c)")
                .param(codes.toArray(String[]::new)).query(String.class).list();

        assertThat(validInTheDatabase).hasSize(40)
                .containsExactlyInAnyOrderElementsOf(codes.stream().filter(CreditCode::isValid).toList());
    }

    @Test
    void anEnterpriseWithoutANameIsRefused() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", null);
        row.put("credit_code", CODE_C);
        row.put("region_code", "440704");

        Refusal refusal = sql.refusal(() -> sql.insert("enterprise", row));

        assertThat(refusal.sqlState()).isEqualTo(Refusal.NOT_NULL);
    }

    @Test
    void moreResearchStaffThanEmployeesIsRefused() {
        Refusal refusal = sql.refusal(() -> sql.insert("enterprise", Map.of("name", "x", "credit_code", CODE_C,
                "region_code", "440704", "employees", 10, "rd_staff", 11)));

        assertThat(refusal.constraint()).isEqualTo(sql.checkConstraint("enterprise", "rd_staff <= employees"));
    }

    private boolean valid(String code) {
        return sql.jdbc().sql("select credit_code_valid(?)").param(code).query(Boolean.class).single();
    }
}
