package cn.kjj.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.kjj.platform.common.InvalidInputException;
import cn.kjj.platform.common.InvalidInputException.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractTermsTest {

    static final String SELLER_CODE = "91440300708461136T";
    static final String BUYER_CODE = "914403001922038216";
    static final LocalDate TODAY = LocalDate.of(2024, 3, 4);

    static ContractTerms terms(String contractAmount, String techAmount) {
        return new ContractTerms("  智能制造控制系统开发  ", ContractType.TECHNOLOGY_DEVELOPMENT, ContractSubtype.COMMISSIONED,
                TechnologyField.ADVANCED_MANUFACTURING, new Buyer("深圳某公司", " 914403001922038216 ", "440304", null),
                LocalDate.of(2024, 2, 20), LocalDate.of(2024, 3, 1), LocalDate.of(2025, 2, 28),
                new BigDecimal(contractAmount), new BigDecimal(techAmount));
    }

    private static ContractTerms withBuyer(Buyer buyer) {
        ContractTerms t = terms("100", "80");
        return new ContractTerms(t.title(), t.type(), t.subtype(), t.technologyField(), buyer, t.signedOn(),
                t.validFrom(), t.validTo(), t.contractAmount(), t.techTransactionAmount());
    }

    @Test
    void normalisesValidTerms() {
        ContractTerms valid = terms("1200000", "1000000.5").validated(TODAY, SELLER_CODE);

        assertThat(valid.title()).isEqualTo("智能制造控制系统开发");
        assertThat(valid.buyer()).isEqualTo(new Buyer("深圳某公司", BUYER_CODE, "440304", "CN"));
        assertThat(valid.contractAmount()).isEqualTo(new BigDecimal("1200000.00"));
        assertThat(valid.techTransactionAmount()).isEqualTo(new BigDecimal("1000000.50"));
    }

    @Test
    void theTechnologyTransactionAmountMayEqualButNotExceedTheContractAmount() {
        assertThat(terms("100", "100").validated(TODAY, SELLER_CODE).techTransactionAmount()).isEqualByComparingTo("100");
        assertThatThrownBy(() -> terms("100", "100.01").validated(TODAY, SELLER_CODE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("techTransactionAmount", "error.contract.techAmountExceedsContract")));
    }

    @Test
    void refusesAmountsWithMoreThanTwoDecimalsOrNotAboveZero() {
        assertThatThrownBy(() -> terms("100.005", "0").validated(TODAY, SELLER_CODE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("contractAmount", "error.money.scale"),
                                tuple("techTransactionAmount", "error.money.notPositive")));
    }

    @Test
    void aContractSignedTodayIsFineButNotOneSignedTomorrow() {
        ContractTerms t = terms("100", "80");
        ContractTerms signedToday = new ContractTerms(t.title(), t.type(), t.subtype(), t.technologyField(), t.buyer(),
                TODAY, t.validFrom(), t.validTo(), t.contractAmount(), t.techTransactionAmount());

        assertThat(signedToday.validated(TODAY, SELLER_CODE).signedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> signedToday.validated(TODAY.minusDays(1), SELLER_CODE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::code).containsExactly("error.contract.signedOn.future"));
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        ContractTerms wrong = new ContractTerms(" ", ContractType.TECHNICAL_CONSULTING, ContractSubtype.GENERAL, null,
                new Buyer("", "91440300708461136U", "4403", "china"), null,
                LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1), new BigDecimal("10"), new BigDecimal("11"));

        assertThatThrownBy(() -> wrong.validated(TODAY, SELLER_CODE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(
                                tuple("title", "error.field.required"),
                                tuple("subtype", "error.contract.subtype.invalid"),
                                tuple("technologyField", "error.field.required"),
                                tuple("buyer.name", "error.field.required"),
                                tuple("buyer.country", "error.contract.buyer.country.invalid"),
                                tuple("buyer.creditCode", "error.creditCode.invalid"),
                                tuple("buyer.regionCode", "error.regionCode.invalid"),
                                tuple("signedOn", "error.field.required"),
                                tuple("validTo", "error.contract.validity.reversed"),
                                tuple("techTransactionAmount", "error.contract.techAmountExceedsContract")));
    }

    @Test
    void aBuyerInChinaNeedsACreditCodeAndADistrict() {
        assertThatThrownBy(() -> withBuyer(new Buyer("某大学", null, null, "CN")).validated(TODAY, SELLER_CODE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("buyer.creditCode", "error.field.required"),
                                tuple("buyer.regionCode", "error.field.required")));
    }

    @Test
    void aBuyerAbroadNeedsNeither() {
        ContractTerms valid = withBuyer(new Buyer("Example GmbH", null, null, "de")).validated(TODAY, SELLER_CODE);

        assertThat(valid.buyer()).isEqualTo(new Buyer("Example GmbH", null, null, "DE"));
        assertThat(valid.buyer().isDomestic()).isFalse();
    }

    @Test
    void theSellerCannotBeItsOwnBuyer() {
        assertThatThrownBy(() -> withBuyer(new Buyer("自己", SELLER_CODE.toLowerCase(), "440704", "CN"))
                .validated(TODAY, SELLER_CODE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("buyer.creditCode", "error.contract.buyerIsSeller")));
    }

    @Test
    void aMissingBuyerOrTypeIsReportedNotThrownAsNullPointer() {
        ContractTerms t = terms("100", "80");
        ContractTerms incomplete = new ContractTerms(t.title(), null, null, t.technologyField(), null, t.signedOn(),
                t.validFrom(), t.validTo(), t.contractAmount(), t.techTransactionAmount());

        assertThatThrownBy(() -> incomplete.validated(TODAY, SELLER_CODE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("type", "buyer"));
    }
}
