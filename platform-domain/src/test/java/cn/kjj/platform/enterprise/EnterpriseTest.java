package cn.kjj.platform.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import cn.kjj.platform.common.PreconditionFailedException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EnterpriseTest {

    private static final Instant CREATED = Instant.parse("2024-01-02T01:00:00Z");
    private static final Instant UPDATED = Instant.parse("2024-02-03T01:00:00Z");

    static EnterpriseDetails details() {
        return new EnterpriseDetails(" 江门市江海区示例科技有限公司 ", " 91440300708461136t ", "440704", "电子信息",
                LocalDate.of(2010, 5, 1), 120, 18, new BigDecimal("52000000.5"), new BigDecimal("3100000"));
    }

    @Test
    void storesTheNormalisedDetails() {
        Enterprise enterprise = new Enterprise(details(), CREATED);

        assertThat(enterprise.getName()).isEqualTo("江门市江海区示例科技有限公司");
        assertThat(enterprise.getCreditCode()).isEqualTo("91440300708461136T");
        assertThat(enterprise.getRegionCode()).isEqualTo("440704");
        assertThat(enterprise.getRevenue()).isEqualTo(new BigDecimal("52000000.50"));
        assertThat(enterprise.getRdExpense()).isEqualTo(new BigDecimal("3100000.00"));
        assertThat(enterprise.getCreatedAt()).isEqualTo(CREATED);
        assertThat(enterprise.getUpdatedAt()).isEqualTo(CREATED);
    }

    @Test
    void anUpdateReplacesTheDetailsAndKeepsTheCreationTime() {
        Enterprise enterprise = new Enterprise(details(), CREATED);

        enterprise.update(new EnterpriseDetails("新名称", "914403001922038216", "440703", null, null, null, null, null, null),
                UPDATED);

        assertThat(enterprise.getName()).isEqualTo("新名称");
        assertThat(enterprise.getCreditCode()).isEqualTo("914403001922038216");
        assertThat(enterprise.getIndustry()).isNull();
        assertThat(enterprise.getEmployees()).isNull();
        assertThat(enterprise.getCreatedAt()).isEqualTo(CREATED);
        assertThat(enterprise.getUpdatedAt()).isEqualTo(UPDATED);
    }

    @Test
    void reportsEveryWrongFieldAtOnce() {
        var wrong = new EnterpriseDetails(" ", "91440300708461136U", "44070", "x".repeat(101), null, 5, 6,
                new BigDecimal("-1"), new BigDecimal("1.234"));

        assertThatThrownBy(() -> new Enterprise(wrong, CREATED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(
                                tuple("name", "error.field.required"),
                                tuple("creditCode", "error.creditCode.invalid"),
                                tuple("regionCode", "error.regionCode.invalid"),
                                tuple("industry", "error.field.tooLong"),
                                tuple("rdStaff", "error.enterprise.rdStaffExceedsEmployees"),
                                tuple("revenue", "error.money.negative"),
                                tuple("rdExpense", "error.money.scale")));
    }

    @Test
    void requiresACreditCode() {
        var noCode = new EnterpriseDetails("名称", null, "440704", null, null, null, null, null, null);

        assertThatThrownBy(noCode::validated)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("creditCode", "error.field.required")));
    }

    @Test
    void refusesNegativeHeadcounts() {
        var negative = new EnterpriseDetails("名称", "914403001922038216", "440704", null, null, -1, -2, null, null);

        assertThatThrownBy(negative::validated)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("employees", "rdStaff"));
    }

    @Test
    void aFailedUpdateChangesNothing() {
        Enterprise enterprise = new Enterprise(details(), CREATED);

        assertThatThrownBy(() -> enterprise.update(
                new EnterpriseDetails("新名称", "bad", "440704", null, null, null, null, null, null), UPDATED))
                .isInstanceOf(InvalidInputException.class);
        assertThat(enterprise.getName()).isEqualTo("江门市江海区示例科技有限公司");
        assertThat(enterprise.getUpdatedAt()).isEqualTo(CREATED);
    }

    @Test
    void refusesAnUpdateBasedOnAnotherVersion() {
        Enterprise enterprise = new Enterprise(details(), CREATED);

        enterprise.requireVersion(0);
        assertThatThrownBy(() -> enterprise.requireVersion(3))
                .isInstanceOfSatisfying(PreconditionFailedException.class, e ->
                        assertThat(e.code()).isEqualTo("error.version.mismatch"));
    }
}
