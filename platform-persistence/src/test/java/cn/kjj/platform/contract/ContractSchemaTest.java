package cn.kjj.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kjj.platform.PersistenceTest;
import cn.kjj.platform.SqlFixtures;
import cn.kjj.platform.SqlFixtures.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

@PersistenceTest
class ContractSchemaTest {

    @Autowired
    SqlFixtures sql;

    private long sellerId;

    @BeforeEach
    void seller() {
        sellerId = sql.enterprise(SqlFixtures.CODE_A);
    }

    @Test
    void theFixtureContractIsAccepted() {
        assertThat(sql.insert("technology_contract", sql.contract(sellerId))).isPositive();
    }

    @Test
    void aNegativeContractAmountIsRefused() {
        Map<String, Object> row = sql.contract(sellerId);
        row.put("contract_amount", new BigDecimal("-1000.00"));
        row.put("tech_transaction_amount", new BigDecimal("-2000.00"));

        Refusal refusal = refuse(row);

        assertThat(refusal.exception()).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(refusal.sqlState()).isEqualTo(Refusal.CHECK);
        assertThat(refusal.constraint()).isIn("technology_contract_contract_amount_check",
                "technology_contract_tech_transaction_amount_check");
    }

    @Test
    void aTechnologyAmountAboveTheContractAmountIsRefused() {
        Map<String, Object> row = sql.contract(sellerId);
        row.put("tech_transaction_amount", new BigDecimal("1000000.01"));

        Refusal refusal = refuse(row);

        assertThat(refusal.sqlState()).isEqualTo(Refusal.CHECK);
        assertThat(refusal.constraint())
                .isEqualTo(sql.checkConstraint("technology_contract", "(tech_transaction_amount <= contract_amount)"));
    }

    @Test
    void aTechnologyAmountEqualToTheContractAmountIsAccepted() {
        Map<String, Object> row = sql.contract(sellerId);
        row.put("tech_transaction_amount", row.get("contract_amount"));

        assertThat(sql.insert("technology_contract", row)).isPositive();
    }

    @Test
    void anUnknownStatusIsRefused() {
        Map<String, Object> row = sql.contract(sellerId);
        row.put("status", "APPROVED");

        Refusal refusal = refuse(row);

        assertThat(refusal.sqlState()).isEqualTo(Refusal.CHECK);
        assertThat(refusal.constraint()).isEqualTo("technology_contract_status_check");
    }

    @Test
    void aSubtypeThatDoesNotBelongToTheTypeIsRefused() {
        String subtypeCheck = sql.checkConstraint("technology_contract", "'TECHNICAL_CONSULTING'");
        Map<String, Object> row = sql.contract(sellerId);

        row.put("type", "TECHNICAL_CONSULTING");
        row.put("subtype", "GENERAL");
        assertThat(refuse(row).constraint()).isEqualTo(subtypeCheck);

        row.put("type", "TECHNOLOGY_LICENSING");
        row.put("subtype", "PATENT_APPLICATION");
        assertThat(refuse(row).constraint()).isEqualTo(subtypeCheck);

        row.put("type", "TECHNOLOGY_DEVELOPMENT");
        row.put("subtype", "PATENT");
        assertThat(refuse(row).constraint()).isEqualTo(subtypeCheck);
    }

    @Test
    void aTypeWithSubtypesWithoutASubtypeIsRefused() {
        Map<String, Object> row = sql.contract(sellerId);
        row.put("subtype", null);

        assertThat(refuse(row).sqlState()).isEqualTo(Refusal.CHECK);
    }

    @Test
    void aReturnWithoutReasonIsRefusedInTheHistory() {
        long contractId = sql.insert("technology_contract", sql.contract(sellerId));

        Refusal refusal = sql.refusal(() -> sql.insert("contract_history", Map.of("contract_id", contractId,
                "actor_name", "江海区科技局审核员", "from_status", "SUBMITTED", "to_status", "RETURNED")));

        assertThat(refusal.sqlState()).isEqualTo(Refusal.CHECK);
    }

    @Test
    void aReturnWithABlankReasonIsRefusedInTheHistory() {
        long contractId = sql.insert("technology_contract", sql.contract(sellerId));

        Refusal refusal = sql.refusal(() -> sql.insert("contract_history", Map.of("contract_id", contractId,
                "actor_name", "江海区科技局审核员", "from_status", "SUBMITTED", "to_status", "RETURNED",
                "reason", "  ")));

        assertThat(refusal.constraint()).isEqualTo(sql.checkConstraint("contract_history", "length(btrim("));
    }

    @Test
    void consultingWithoutSubtypeAndTransferOfAPatentApplicationAreAccepted() {
        Map<String, Object> consulting = sql.contract(sellerId);
        consulting.put("type", "TECHNICAL_CONSULTING");
        consulting.put("subtype", null);
        Map<String, Object> transfer = sql.contract(sellerId);
        transfer.put("type", "TECHNOLOGY_TRANSFER");
        transfer.put("subtype", "PATENT_APPLICATION");
        transfer.put("contract_amount", new BigDecimal("2000000.00"));

        assertThat(sql.insert("technology_contract", consulting)).isPositive();
        assertThat(sql.insert("technology_contract", transfer)).isPositive();
    }

    @Test
    void aRegistrationNumberWithoutRegisteredStatusIsRefused() {
        Map<String, Object> row = sql.contract(sellerId);
        row.put("registration_no", "2023440704000001");
        row.put("registered_on", LocalDate.of(2023, 3, 20));

        Refusal refusal = refuse(row);

        assertThat(refusal.sqlState()).isEqualTo(Refusal.CHECK);
        assertThat(refusal.constraint())
                .isEqualTo(sql.checkConstraint("technology_contract", "= (registration_no IS NOT NULL)"));
    }

    @Test
    void aRegisteredContractWithoutRegistrationNumberIsRefusedAndOneWithItIsAccepted() {
        Map<String, Object> row = sql.contract(sellerId);
        row.put("status", "REGISTERED");

        assertThat(refuse(row).constraint())
                .isEqualTo(sql.checkConstraint("technology_contract", "= (registration_no IS NOT NULL)"));

        row.put("registration_no", "2023440704000001");
        row.put("registered_on", LocalDate.of(2023, 3, 20));
        assertThat(sql.insert("technology_contract", row)).isPositive();
    }

    @Test
    void aSubmittedContractWithoutDueDateIsRefused() {
        Map<String, Object> row = sql.contract(sellerId);
        row.put("status", "SUBMITTED");
        row.put("submitted_at", OffsetDateTime.of(2023, 3, 2, 8, 0, 0, 0, ZoneOffset.UTC));

        assertThat(refuse(row).constraint())
                .isEqualTo(sql.checkConstraint("technology_contract", "(submitted_at IS NOT NULL)"));
    }

    @Test
    void aSecondContractWithTheSameSellerBuyerDateAndAmountIsRefused() {
        Map<String, Object> first = sql.contract(sellerId);
        first.put("status", "REGISTERED");
        first.put("registration_no", "2023440704000001");
        first.put("registered_on", LocalDate.of(2023, 3, 20));
        sql.insert("technology_contract", first);
        Map<String, Object> second = sql.contract(sellerId);
        second.put("title", "另一标题的同一合同");

        Refusal refusal = refuse(second);

        assertThat(refusal.sqlState()).isEqualTo(Refusal.UNIQUE);
        assertThat(refusal.constraint()).isEqualTo("technology_contract_duplicate_key");
    }

    @Test
    void theSameContractIsAcceptedAgainWhenTheFirstWasRejected() {
        Map<String, Object> rejected = sql.contract(sellerId);
        rejected.put("status", "REJECTED");
        sql.insert("technology_contract", rejected);

        assertThat(sql.insert("technology_contract", sql.contract(sellerId))).isPositive();
        assertThat(refuse(sql.contract(sellerId)).constraint()).isEqualTo("technology_contract_duplicate_key");
    }

    @Test
    void aContractWithADifferentAmountIsNoDuplicate() {
        sql.insert("technology_contract", sql.contract(sellerId));
        Map<String, Object> other = sql.contract(sellerId);
        other.put("contract_amount", new BigDecimal("1000000.01"));

        assertThat(sql.insert("technology_contract", other)).isPositive();
    }

    @Test
    void aContractOfAnUnknownSellerIsRefused() {
        Refusal refusal = refuse(sql.contract(sellerId + 1000));

        assertThat(refusal.sqlState()).isEqualTo(Refusal.FOREIGN_KEY);
        assertThat(refusal.constraint()).isEqualTo("technology_contract_seller_id_fkey");
    }

    @Test
    void aDomesticBuyerWithAnInvalidCreditCodeIsRefused() {
        Map<String, Object> row = sql.contract(sellerId);
        row.put("buyer_credit_code", "91440300708461136U");

        assertThat(refuse(row).constraint()).isEqualTo("technology_contract_buyer_credit_code_check");
    }

    /**
     * A writer that leaves the filing's defaulted columns out (an older writer, a bulk load) still gets them from the
     * insert triggers (V16, V22), which since V52 are called only for such rows; a writer that gives them keeps what
     * it gave, and one that gives some gets the rest.
     */
    @Test
    void rowsWithoutTheDefaultedColumnsGetThemAndGivenValuesStay() {
        sql.jdbc().sql("update enterprise set nature = 'UNIVERSITY' where id = ?").param(sellerId).update();
        long left = sql.insert("technology_contract", sql.contract(sellerId));
        Map<String, Object> abroad = sql.contract(sellerId);
        abroad.put("contract_amount", new BigDecimal("1000000.02"));
        abroad.put("buyer_country", "US");
        abroad.put("buyer_credit_code", null);
        abroad.put("buyer_region_code", null);
        long foreign = sql.insert("technology_contract", abroad);
        Map<String, Object> given = sql.contract(sellerId);
        given.put("contract_amount", new BigDecimal("1000000.03"));
        given.put("seller_nature", "RESEARCH_INSTITUTE");
        given.put("declared_tech_transaction_amount", new BigDecimal("900000.00"));
        given.put("buyer_nature", "GOVERNMENT_AGENCY");
        long kept = sql.insert("technology_contract", given);
        Map<String, Object> some = sql.contract(sellerId);
        some.put("contract_amount", new BigDecimal("1000000.04"));
        some.put("buyer_nature", "INDIVIDUAL");
        long partly = sql.insert("technology_contract", some);

        assertThat(filed(left)).isEqualTo("UNIVERSITY/800000.00/ENTERPRISE");
        assertThat(filed(foreign)).isEqualTo("UNIVERSITY/800000.00/FOREIGN");
        assertThat(filed(kept)).isEqualTo("RESEARCH_INSTITUTE/900000.00/GOVERNMENT_AGENCY");
        assertThat(filed(partly)).isEqualTo("UNIVERSITY/800000.00/INDIVIDUAL");
    }

    private String filed(long contractId) {
        return sql.jdbc().sql("""
                        select seller_nature || '/' || declared_tech_transaction_amount || '/' || buyer_nature
                        from technology_contract where id = ?""")
                .param(contractId).query(String.class).single();
    }

    private Refusal refuse(Map<String, Object> row) {
        return sql.refusal(() -> sql.insert("technology_contract", row));
    }
}
